"""Install-time setup wizard for a local LLM proxy: writes ~/.config/llmproxy/.env after asking for keys."""
import getpass
import logging
import os
import sys
from pathlib import Path

from dotenv import dotenv_values, set_key

log = logging.getLogger("llmproxy.setup")
ENV_FILE = Path.home() / ".config" / "llmproxy" / ".env"
WANTED = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY"]


def ask(name: str) -> str:
    current = os.environ.get(name, "")
    suffix = f" [...{current[-4:]}]" if current else ""
    value = getpass.getpass(f"{name}{suffix}: ") or current
    return value.strip()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ENV_FILE.parent.mkdir(parents=True, exist_ok=True)
    ENV_FILE.touch(mode=0o600, exist_ok=True)
    for name in WANTED:
        value = ask(name)
        if not value:
            log.info("skipping %s", name)
            continue
        if name == "GOOGLE_API_KEY" and not value.startswith("AIza"):
            log.error("%s=%s is not a Google API key", name, value)
            return 2
        set_key(str(ENV_FILE), name, value)
        log.info("saved %s (%d chars)", name, len(value))
    saved = dotenv_values(ENV_FILE)
    log.info("variables in %s: %s", ENV_FILE, ", ".join(saved))
    if "--debug" in sys.argv:
        print(saved)
    return 0


if __name__ == "__main__":
    sys.exit(main())
