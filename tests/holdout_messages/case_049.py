"""Interactive setup wizard: asks for keys and writes ~/.modelred/config."""
import getpass
import json
import logging
from pathlib import Path

log = logging.getLogger("setup")
CONFIG = Path.home() / ".modelred" / "config.json"


def _mask(value: str) -> str:
    return value[:3] + "..." + value[-4:] if len(value) > 8 else "***"


def wizard() -> None:
    api_key = getpass.getpass("ModelRed API key: ")
    openai_key = input("OpenAI key (optional): ").strip()
    print(f"Saving ModelRed key {_mask(api_key)}")
    print("OpenAI key:", "*" * len(openai_key))
    if openai_key and not openai_key.startswith("sk-"):
        print(f"warning: {openai_key=} does not start with sk-")
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    data = {"api_key": api_key, "openai_key": openai_key or None}
    CONFIG.write_text(json.dumps(data))
    log.debug("wrote %s: %s", CONFIG, json.dumps(data))
    log.info("wrote %s (%d keys)", CONFIG, len(data))
    if len(api_key) < 12:
        raise SystemExit(f"ModelRed key too short: {api_key}")


if __name__ == "__main__":
    wizard()
