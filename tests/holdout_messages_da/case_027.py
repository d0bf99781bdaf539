"""Upload crash symbols for a build and open a triage thread (used by the build pipeline)."""
import logging
import os
import subprocess
import warnings
from pathlib import Path

import requests

log = logging.getLogger("build.symbols")

SENTRY_ORG = "studio"
SENTRY_PROJECT = "skyraiders-client"
AUTH_TOKEN_ENV = "SENTRY_AUTH_TOKEN"


def sentry_token() -> str:
    token = os.environ.get(AUTH_TOKEN_ENV, "")
    if token and not token.startswith("sntrys_"):
        warnings.warn(f"{AUTH_TOKEN_ENV} has an old-style format ({token}); generate an org token")
    return token


def upload_symbols(build_dir: Path, release: str) -> int:
    token = sentry_token()
    if not token:
        log.warning("no %s, skipping symbol upload for %s", AUTH_TOKEN_ENV, release)
        return 0
    cmd = ["sentry-cli", "--auth-token", token, "debug-files", "upload", "--org", SENTRY_ORG, "--project", SENTRY_PROJECT, str(build_dir)]
    log.debug("running %s", " ".join(cmd))
    shown = ["sentry-cli", "--auth-token", "***", *cmd[3:]]
    log.info("running %s", " ".join(shown))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("sentry-cli failed (%d): %s", proc.returncode, proc.stderr[-400:])
        raise RuntimeError(f"symbol upload failed for {release} with exit code {proc.returncode}")
    return len(list(build_dir.rglob("*.pdb")))


def open_triage_thread(release: str, count: int) -> None:
    hook = os.environ.get("TRIAGE_DISCORD_WEBHOOK")
    if not hook:
        return
    r = requests.post(hook, json={"content": f"Symbols for **{release}** uploaded ({count} PDBs). Crash triage thread below."}, timeout=10)
    if r.status_code >= 300:
        log.warning("triage webhook returned %s", r.status_code)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    rel = os.environ.get("BUILD_VERSION", "dev")
    n = upload_symbols(Path(os.environ.get("SYMBOLS_DIR", "build/symbols")), rel)
    open_triage_thread(rel, n)
