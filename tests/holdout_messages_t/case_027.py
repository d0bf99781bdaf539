"""Vault-backed credential helper used by deploy scripts."""
import logging
import os

import hvac

logger = logging.getLogger("vaultcreds")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
SECRET_PATH = "llm/providers"
TOKEN_PATH_ENV = "VAULT_TOKEN_PATH"


class CredentialError(RuntimeError):
    pass


def vault_client() -> hvac.Client:
    token = os.environ.get("VAULT_TOKEN")
    if not token:
        path = os.environ.get(TOKEN_PATH_ENV, os.path.expanduser("~/.vault-token"))
        logger.info("no VAULT_TOKEN; reading token file %s", path)
        with open(path) as fh:
            token = fh.read().strip()
    client = hvac.Client(url=VAULT_ADDR, token=token)
    if not client.is_authenticated():
        raise CredentialError(f"vault token {token} is not valid at {VAULT_ADDR}")
    return client


def provider_keys() -> dict[str, str]:
    client = vault_client()
    resp = client.secrets.kv.v2.read_secret_version(path=SECRET_PATH)
    data = resp["data"]["data"]
    meta = resp["data"]["metadata"]
    logger.info("read %s version %s created %s", SECRET_PATH, meta["version"], meta["created_time"])
    missing = [name for name, value in data.items() if not value]
    if missing:
        logger.warning("empty provider keys: %s", ", ".join(missing))
    return data


def export_env(keys: dict[str, str]) -> None:
    for name, value in keys.items():
        env_name = f"{name.upper()}_API_KEY"
        os.environ[env_name] = value
        logger.info("exported %s", env_name)
    logger.debug("exported provider keys %s", keys)


if __name__ == "__main__":
    export_env(provider_keys())
