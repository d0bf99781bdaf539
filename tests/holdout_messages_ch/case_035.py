"""Tribal-court records digitisation: OCR + summary with xAI (plain functions)."""
import logging
import os
from pathlib import Path

from openai import OpenAI

log = logging.getLogger("records.digitise")

XAI_BASE_URL = "https://api.x.ai/v1"


def xai_client(xai_key: str) -> OpenAI:
    if not xai_key.startswith("xai-"):
        raise ValueError(f"xAI keys start with 'xai-'; got {xai_key}")
    log.info("xai client at %s", XAI_BASE_URL)
    return OpenAI(api_key=xai_key, base_url=XAI_BASE_URL)


def summarise_page(client: OpenAI, text: str) -> tuple[str, int]:
    r = client.chat.completions.create(
        model="grok-2-latest", max_tokens=300,
        messages=[{"role": "user", "content": f"Summarise this scanned court record page:\n{text[:6000]}"}])
    return r.choices[0].message.content, r.usage.total_tokens


def process_folder(folder: Path, xai_key: str):
    client = xai_client(xai_key)
    used = 0
    for p in sorted(folder.glob("*.txt")):
        summary, tokens = summarise_page(client, p.read_text(errors="ignore"))
        used += tokens
        p.with_suffix(".summary.md").write_text(summary)
        log.info("%s summarised (%d tokens, %d total)", p.name, tokens, used)
    return used


def main():
    xai_key = os.environ.get("XAI_API_KEY")
    folder = Path(os.environ.get("SCAN_DIR", "scans"))
    if not xai_key:
        log.error("XAI_API_KEY missing (value %r)", xai_key)
        return 2
    try:
        total = process_folder(folder, xai_key)
    except Exception:
        log.exception("digitisation failed for %s using key %s", folder, xai_key)
        return 1
    log.info("done, %d tokens", total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
