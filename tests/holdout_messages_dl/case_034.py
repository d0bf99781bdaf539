"""Debug bundle for bug reports of a coding assistant: collects versions and a sanitized settings dump."""
from __future__ import annotations

import json
import logging
import os
import platform
import sys
import zipfile
from pathlib import Path

log = logging.getLogger("codeassist.bugreport")
SETTINGS = Path.home() / ".config" / "codeassist" / "settings.json"
SECRET_WORDS = ("key", "token", "secret", "password")


def sanitized(settings: dict) -> dict:
    return {k: ("<redacted>" if any(w in k.lower() for w in SECRET_WORDS) else v)
            for k, v in settings.items()}


def collect() -> dict:
    settings = json.loads(SETTINGS.read_text()) if SETTINGS.exists() else {}
    env_names = sorted(n for n in os.environ if n.endswith("_API_KEY"))
    log.info("api key variables present: %s", env_names)
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "settings": sanitized(settings),
        "max_tokens": settings.get("max_tokens"),
        "env_names": env_names,
    }


def write_bundle(out: Path) -> Path:
    info = collect()
    log.debug("bundle contents: %s", info)
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("info.json", json.dumps(info, indent=2))
    return out


def main() -> int:
    logging.basicConfig(level=logging.DEBUG if "--debug" in sys.argv else logging.INFO)
    raw = json.loads(SETTINGS.read_text()) if SETTINGS.exists() else {}
    anthropic_api_key = raw.get("anthropic_api_key", "")
    if anthropic_api_key and not anthropic_api_key.endswith("AA"):
        log.warning("settings anthropic_api_key=%s looks malformed", anthropic_api_key)
    path = write_bundle(Path("codeassist-bugreport.zip"))
    print(f"wrote {path}; attach it to your issue")
    return 0


if __name__ == "__main__":
    sys.exit(main())
