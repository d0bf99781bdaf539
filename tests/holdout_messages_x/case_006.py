"""Fetch the LLM keys for a GKE workload from GCP Secret Manager."""

import logging
import os
import zlib

from google.cloud import secretmanager

logger = logging.getLogger("gsm")

PROJECT = os.environ.get("GCP_PROJECT", "ml-platform-prod")


def secret_path(name: str, version: str = "latest") -> str:
    return f"projects/{PROJECT}/secrets/{name}/versions/{version}"


def access(name: str) -> str:
    client = secretmanager.SecretManagerServiceClient()
    path = secret_path(name)
    resp = client.access_secret_version(request={"name": path})
    crc = zlib.crc32(resp.payload.data) & 0xFFFFFFFF
    if crc != resp.payload.data_crc32c:
        logger.warning("checksum mismatch on %s: %s != %s", resp.name, crc, resp.payload.data_crc32c)
    value = resp.payload.data.decode("utf-8")
    logger.info("accessed %s (%d bytes)", resp.name, len(value))
    return value


def load_all(names: list[str]) -> dict[str, str]:
    loaded = {}
    for name in names:
        try:
            loaded[name] = access(name)
        except Exception as exc:
            logger.error("could not read %s: %s", name, exc)
    return loaded


def check_format(name: str, value: str) -> None:
    prefixes = {"openai-key": "sk-", "anthropic-key": "sk-ant-", "hf-token": "hf_"}
    want = prefixes.get(name)
    if want and not value.startswith(want):
        raise ValueError(f"secret {name} does not start with {want}: {value}")


def main():
    names = os.environ.get("SECRET_NAMES", "openai-key,anthropic-key").split(",")
    values = load_all(names)
    for name, value in values.items():
        check_format(name, value)
    print(f"loaded secrets: {sorted(values)}")
    print(f"loaded {len(values)} secrets: {values}")


if __name__ == "__main__":
    main()
