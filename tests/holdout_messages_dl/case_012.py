"""Installer script for the `redteam` CLI: writes a launcher and an initial profile."""
import logging
import os
import stat
import sys
from pathlib import Path

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("redteam-install")

PREFIX = Path(os.environ.get("REDTEAM_PREFIX", Path.home() / ".local"))
BIN = PREFIX / "bin" / "redteam"
PROFILE = Path.home() / ".config" / "redteam" / "profile.env"
LAUNCHER = """#!/bin/sh
exec python3 -m redteam "$@"
"""

log.info("installing into %s", PREFIX)
BIN.parent.mkdir(parents=True, exist_ok=True)
BIN.write_text(LAUNCHER)
BIN.chmod(BIN.stat().st_mode | stat.S_IXUSR)

modelred_key = os.environ.get("MODELRED_API_KEY", "")
openai_key = os.environ.get("OPENAI_API_KEY", "")
if not modelred_key:
    log.warning("MODELRED_API_KEY not set; profile will be empty (got %r)", modelred_key)
elif not modelred_key.startswith("mr_"):
    log.error("MODELRED_API_KEY looks wrong: %s", modelred_key)
    sys.exit(1)

PROFILE.parent.mkdir(parents=True, exist_ok=True)
lines = [f"MODELRED_API_KEY={modelred_key}", f"OPENAI_API_KEY={openai_key}"]
PROFILE.write_text("\n".join(lines) + "\n")
PROFILE.chmod(0o600)
log.info("wrote %d entries to %s", len(lines), PROFILE)
if "--verbose" in sys.argv:
    print("\n".join(lines))

path_dirs = os.environ.get("PATH", "").split(os.pathsep)
if str(BIN.parent) not in path_dirs:
    log.warning("%s is not on PATH; add it to your shell rc", BIN.parent)
log.info("openai key present: %s", bool(openai_key))
print("done. run `redteam doctor` to check the setup.")
