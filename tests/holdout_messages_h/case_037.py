"""Read provider keys from HashiCorp Vault (hvac) at service start."""
import logging
import os

import hvac

log = logging.getLogger("vault")
SECRET_PATH = "llm/providers"


def vault_client() -> hvac.Client:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise RuntimeError(f"vault at {os.environ['VAULT_ADDR']} refused the token")
    return client


def load_provider_keys() -> dict:
    client = vault_client()
    resp = client.secrets.kv.v2.read_secret_version(path=SECRET_PATH, mount_point="secret")
    data = resp["data"]["data"]
    meta = resp["data"]["metadata"]
    log.info("read %s version %s (created %s)", SECRET_PATH, meta["version"], meta["created_time"])
    log.info("providers available: %s", ", ".join(sorted(data)))
    openai_key = data["openai_api_key"]
    log.debug("openai key from vault: %s", openai_key)
    return data


def renew() -> None:
    client = vault_client()
    info = client.auth.token.lookup_self()["data"]
    log.info("vault token ttl=%s policies=%s accessor=%s", info["ttl"], info["policies"], info["accessor"])
    if info["ttl"] < 300:
        client.auth.token.renew_self()
        log.info("renewed vault token")


if __name__ == "__main__":
    keys = load_provider_keys()
    print(f"loaded {len(keys)} provider keys from {SECRET_PATH}")
    print(os.environ["VAULT_TOKEN"])
