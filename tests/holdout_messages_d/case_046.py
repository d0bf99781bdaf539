"""Read provider keys from HashiCorp Vault (KV v2) at startup."""
import logging
import os

import hvac

log = logging.getLogger("vault")

VAULT_PATH = "llm/providers"
MOUNT = os.environ.get("VAULT_KV_MOUNT", "secret")


class VaultError(RuntimeError):
    pass


def read_provider_secrets() -> dict[str, str]:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise VaultError(f"vault token rejected by {os.environ['VAULT_ADDR']}")
    log.info("reading %s/%s", MOUNT, VAULT_PATH)
    resp = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH, mount_point=MOUNT)
    secret = resp["data"]["data"]
    log.info("read secret fields %s (version %s)", sorted(secret), resp["data"]["metadata"]["version"])
    log.debug("read secret %s", secret)
    if "openai_api_key" not in secret:
        raise VaultError(f"no openai_api_key in {VAULT_PATH}; got fields {sorted(secret)}")
    return secret


def renew() -> None:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    info = client.auth.token.renew_self()
    log.info("token renewed, ttl %ss, policies %s", info["auth"]["lease_duration"], info["auth"]["policies"])
    log.debug("renewed client token %s", info["auth"]["client_token"])
