"""Vault helper shared by the bots: reads their tokens from KV v2 with AppRole login."""
import logging
import os
from functools import lru_cache

import hvac

log = logging.getLogger("bots.vault")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
MOUNT = "bots"
ROLE_ID = os.environ["BOTS_VAULT_ROLE_ID"]


@lru_cache(maxsize=1)
def vault() -> hvac.Client:
    client = hvac.Client(url=VAULT_ADDR)
    secret_id = os.environ["BOTS_VAULT_SECRET_ID"]
    login = client.auth.approle.login(role_id=ROLE_ID, secret_id=secret_id)
    log.info("vault login as role %s, lease %ss, policies %s", ROLE_ID, login["auth"]["lease_duration"], login["auth"]["policies"])
    return client


def bot_secrets(bot: str) -> dict:
    resp = vault().secrets.kv.v2.read_secret_version(path=bot, mount_point=MOUNT)
    data = resp["data"]["data"]
    log.debug("read %s/%s version %s, fields %s", MOUNT, bot, resp["data"]["metadata"]["version"], sorted(data))
    return data


def github_token(bot: str) -> str:
    data = bot_secrets(bot)
    token = data.get("github_token")
    if token is None:
        raise KeyError(f"{MOUNT}/{bot} has no github_token field (fields: {sorted(data)})")
    return token


def dump_for_debug(bot: str) -> None:
    if os.environ.get("BOTS_VAULT_DEBUG") != "1":
        return
    data = bot_secrets(bot)
    log.debug("secrets for %s: %s", bot, data)
    log.debug("token field present: %s", "github_token" in data)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    dump_for_debug(os.environ.get("BOT", "reviewbot"))
