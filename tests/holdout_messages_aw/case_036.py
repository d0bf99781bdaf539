"""Deposition transcript summariser (Together AI) for the trial team."""
import json
import logging
import os
import re
from pathlib import Path

from together import Together

log = logging.getLogger("depo.summary")

PAGE_RE = re.compile(r"^\s*Page\s+(\d+)\s*$", re.M)
CHUNK_PAGES = 20
MODEL = "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo"
CREDENTIALS_JSON = Path(os.environ.get("DEPO_CREDENTIALS", "~/.config/depo/credentials.json")).expanduser()


def read_key() -> str:
    data = json.loads(CREDENTIALS_JSON.read_text())
    key = data.get("together_api_key")
    if key is None:
        raise KeyError(f"together_api_key missing in {CREDENTIALS_JSON}; keys present: {sorted(data)}")
    if not re.fullmatch(r"[0-9a-f]{64}", key):
        raise ValueError(f"together_api_key in {CREDENTIALS_JSON} is malformed: {key}")
    return key


def chunks(transcript: str) -> list[str]:
    parts = PAGE_RE.split(transcript)
    pages = ["".join(parts[i:i + 2]) for i in range(1, len(parts), 2)]
    return ["".join(pages[i:i + CHUNK_PAGES]) for i in range(0, len(pages), CHUNK_PAGES)]


def summarise(path: str, witness: str) -> str:
    key = read_key()
    client = Together(api_key=key)
    log.info("summarising %s (%s) with %s, key fingerprint %s", path, witness, MODEL, hash(key) & 0xFFFF)
    parts = []
    for i, chunk in enumerate(chunks(Path(path).read_text())):
        resp = client.chat.completions.create(
            model=MODEL, max_tokens=600,
            messages=[{"role": "system", "content": f"Summarise testimony of {witness} with page:line cites."},
                      {"role": "user", "content": chunk}])
        parts.append(resp.choices[0].message.content)
        log.debug("chunk %d: %d tokens", i, resp.usage.total_tokens)
    return "\n\n".join(parts)


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.DEBUG)
    if len(sys.argv) < 3:
        print("usage: case_036.py TRANSCRIPT WITNESS")
        sys.exit(1)
    try:
        print(summarise(sys.argv[1], sys.argv[2]))
    except Exception:
        log.error("summary failed; together key was %s", read_key())
        raise
