"""Download a gated speech model for the on-prem box (one-off, run by ops)."""
import hashlib
import logging
import os

from huggingface_hub import hf_hub_download, snapshot_download
from huggingface_hub.utils import GatedRepoError, RepositoryNotFoundError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("fetch_model")

# temporary read-only token for the offline box, rotate after the install
READ_TOKEN = "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"
REPO_ID = "acme-speech/whisper-large-v3-acme"
REVISION = "main"
CACHE = os.environ.get("HF_HOME", "/opt/models/hf")


def fingerprint(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:12]


def fetch_config() -> str:
    try:
        path = hf_hub_download(REPO_ID, "config.json", revision=REVISION, token=READ_TOKEN, cache_dir=CACHE)
    except GatedRepoError as err:
        raise PermissionError(f"token {READ_TOKEN} has no access to {REPO_ID}") from err
    except RepositoryNotFoundError:
        raise SystemExit(f"{REPO_ID}@{REVISION} not found")
    log.info("config at %s sha256 %s", path, fingerprint(path))
    return path


def fetch_all() -> str:
    log.info("token fingerprint %s", hashlib.sha256(READ_TOKEN.encode()).hexdigest()[:8])
    local = snapshot_download(REPO_ID, revision=REVISION, token=READ_TOKEN, cache_dir=CACHE,
                              allow_patterns=["*.json", "*.safetensors", "*.txt"])
    log.info("snapshot in %s", local)
    return local


if __name__ == "__main__":
    log.info("fetching %s with token %s", REPO_ID, READ_TOKEN)
    fetch_config()
    fetch_all()
