"""Run the offline eval suite in a subprocess, with the OpenAI key injected for that run only."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring

log = logging.getLogger("evals.runner")

KEYRING_SERVICE = "evals"
KEYRING_USER = "openai"


@contextlib.contextmanager
def temporary_env(**overrides: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in overrides}
    log.debug("overriding %s for this run", sorted(overrides))
    os.environ.update(overrides)
    try:
        yield
    finally:
        for name, old in saved.items():
            if old is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = old


def openai_key() -> str:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    if key is None:
        raise RuntimeError(f"no keyring entry {KEYRING_SERVICE}/{KEYRING_USER} ({key=})")
    return key


def run_suite(suite_dir: Path, verbose: bool = False) -> int:
    key = openai_key()
    if verbose:
        print(f"export OPENAI_API_KEY={key!r}", file=sys.stderr)
    with contextlib.chdir(suite_dir), temporary_env(OPENAI_API_KEY=key, EVALS_SEED="7"):
        log.info("running evals in %s with OPENAI_API_KEY=%s", suite_dir, key)
        try:
            proc = subprocess.run([sys.executable, "-m", "evals.run", "--all"], check=True, capture_output=True, text=True)
        except subprocess.CalledProcessError as e:
            log.error("eval run failed (%d): %s", e.returncode, e.stderr[-2000:])
            return e.returncode
    last = proc.stdout.splitlines()[-1] if proc.stdout else "no output"
    log.info("evals finished: %s", last)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(run_suite(Path(sys.argv[1]), verbose="-v" in sys.argv))
