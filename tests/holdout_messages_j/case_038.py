"""Vault-backed key loader used by several workers."""
import logging
import os

import hvac

logger = logging.getLogger("keyloader")


class KeyLoader:
    def __init__(self, mount: str = "secret", path_prefix: str = "llm"):
        self.mount = mount
        self.path_prefix = path_prefix
        self._vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
        self._cache: dict[str, str] = {}

    def _read(self, name: str) -> dict:
        path = f"{self.path_prefix}/{name}"
        logger.debug("reading %s/%s", self.mount, path)
        resp = self._vault.secrets.kv.v2.read_secret_version(path=path, mount_point=self.mount)
        return resp["data"]["data"]

    def get(self, name: str) -> str:
        if name in self._cache:
            return self._cache[name]
        data = self._read(name)
        logger.info("secret %s has fields %s (version metadata hidden)", name, ", ".join(data))
        value = data["api_key"]
        self._cache[name] = value
        return value

    def describe(self) -> dict:
        info = {"mount": self.mount, "prefix": self.path_prefix, "cached": sorted(self._cache)}
        logger.info("loader state %s", info)
        return info

    def dump_cache(self) -> None:
        for name, value in self._cache.items():
            logger.debug("cached %s -> %s", name, value)


def openai_key(loader: KeyLoader) -> str:
    key = loader.get("openai")
    if not key.startswith("sk-"):
        raise ValueError(f"vault entry llm/openai does not hold an OpenAI key (starts with {key[:3]!r})")
    return key


def vault_health() -> None:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    logger.info("vault authenticated=%s sealed=%s", client.is_authenticated(), client.sys.is_sealed())
    logger.debug("vault token accessor %s", client.auth.token.lookup_self()["data"]["accessor"])
