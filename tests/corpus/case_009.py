"""Integrity helpers for the model artifact cache."""
import hashlib
import hmac
import re
import uuid
from pathlib import Path
from typing import Optional

# Known-good digests of the artifacts we ship.
ARTIFACT_CHECKSUMS = {
    "tokenizer.json": "d1f5b6a04d3560ec96a51254b0018cf9ac0113b827fe076a33d8049b9c51505c",
    "model.safetensors": "91040c91b93b192a12a87a400f60b343d3d596458e35940bfe6fb140ae1748b1",
    "config.json": "644959f54264f0cea7753c8f59286595389dab945bd800b6cf22f725e1449f2a",
}
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
PINNED_COMMIT = "1091e363a94656701fc942fb6d900bd647bf60c3"
UPSTREAM_REVISION = "278a99dc08eda497cde2841e9d5417866ee580f8"
BUILD_ID = "1874f8f8-ab5a-4633-bc13-ae0e3ffb5d26"
ETAG = 'W/"8b00d47bddab8802f46e875092e80899"'

# Patterns used by the pre-commit check (not keys themselves).
MR_KEY_RE = re.compile(r"\bmr_[A-Za-z0-9]{24,}\b")
OPENAI_KEY_RE = re.compile(r"\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}")
HF_TOKEN_RE = re.compile(r"\bhf_[A-Za-z]{34}\b")


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(path: Path, checksum: Optional[str] = None) -> bool:
    expected = checksum or ARTIFACT_CHECKSUMS.get(path.name)
    if expected is None:
        return False
    return hmac.compare_digest(sha256_file(path), expected)


def looks_like_modelred_key(value: str) -> bool:
    return value.startswith("mr_") and MR_KEY_RE.fullmatch(value) is not None


def looks_like_openai_key(value: str) -> bool:
    return value.startswith("sk-") and OPENAI_KEY_RE.match(value) is not None


def new_request_id() -> str:
    return str(uuid.uuid4())


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:]:
        p = Path(arg)
        print(f"{p.name}: {'ok' if verify(p) else 'MISMATCH'} ({sha256_file(p)[:12]})")
