"""Figma REST helper used by a design-lint worker: fetches frames and asks an LLM for issues."""
import json
import logging
import os
import pathlib

import requests
from openai import OpenAI

log = logging.getLogger("figma.lint")
CONFIG = pathlib.Path(os.environ.get("FIGMA_LINT_CONFIG", "~/.config/figma-lint.json")).expanduser()


def load_config() -> dict:
    cfg = json.loads(CONFIG.read_text())
    log.debug("config keys: %s", sorted(cfg))
    return cfg


def fetch_file(cfg: dict, file_key: str) -> dict:
    pat = cfg["figma_personal_access_token"]
    r = requests.get(f"https://api.figma.com/v1/files/{file_key}", headers={"X-Figma-Token": pat}, timeout=20)
    if r.status_code == 403:
        raise PermissionError(f"Figma denied {file_key} for token {pat}")
    r.raise_for_status()
    return r.json()


def lint_frames(cfg: dict, file_key: str) -> list[str]:
    doc = fetch_file(cfg, file_key)
    names = [n["name"] for n in doc["document"]["children"][0]["children"]]
    client = OpenAI(api_key=cfg["openai_api_key"], organization=cfg.get("openai_org"))
    log.info("linting %d frames with org %s model %s", len(names), cfg.get("openai_org"), cfg.get("model", "gpt-4o-mini"))
    out = client.chat.completions.create(model=cfg.get("model", "gpt-4o-mini"), messages=[{"role": "user", "content": "Find naming issues: " + ", ".join(names)}], max_tokens=cfg.get("max_tokens", 300))
    log.info("tokens used %s", out.usage.total_tokens)
    return out.choices[0].message.content.splitlines()


def main(file_key: str) -> None:
    cfg = load_config()
    try:
        for issue in lint_frames(cfg, file_key):
            print("-", issue)
    except Exception:
        log.error("lint failed with config %s", cfg)
        raise


if __name__ == "__main__":
    import sys
    main(sys.argv[1])
