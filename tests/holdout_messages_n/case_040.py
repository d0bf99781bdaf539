"""Reads provider keys from a mounted secrets directory, one file per key."""
import logging
from pathlib import Path
from typing import Iterator

log = logging.getLogger("secretsdir")
SECRETS_DIR = Path("/var/run/secrets/llm")
EXPECTED_PREFIX = {"openai": "sk-", "anthropic": "sk-ant-", "xai": "xai-", "hf": "hf_"}


def iter_keys(root: Path = SECRETS_DIR) -> Iterator[tuple[str, str]]:
    for path in sorted(root.glob("*.key")):
        provider = path.stem
        value = path.read_text().strip()
        log.debug("read %s (%d bytes)", path.name, len(value))
        yield provider, value


def validated(root: Path = SECRETS_DIR) -> dict[str, str]:
    good: dict[str, str] = {}
    for provider, value in iter_keys(root):
        prefix = EXPECTED_PREFIX.get(provider)
        if prefix is None:
            log.warning("unknown provider file %s.key ignored", provider)
            continue
        if not value.startswith(prefix):
            log.error("%s.key does not start with %s: %r", provider, prefix, value)
            continue
        good[provider] = value
    missing = sorted(set(EXPECTED_PREFIX) - set(good))
    if missing:
        log.warning("no usable key for %s", ", ".join(missing))
    return good


def describe(keys: dict[str, str]) -> str:
    return "; ".join(f"{p}={v[:len(EXPECTED_PREFIX[p])]}..." for p, v in keys.items())


if __name__ == "__main__":
    keys = validated()
    print("providers:", describe(keys))
    print("providers:", sorted(keys))
    print("raw:", keys)
