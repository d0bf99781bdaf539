"""Read LLM provider keys from Vault (AppRole login) for the inference fleet."""

import logging
import os
import sys

import hvac

logger = logging.getLogger("vault-loader")

MOUNT = "kv"
PATH = "llm/providers"


def login() -> hvac.Client:
    client = hvac.Client(url=os.environ["VAULT_ADDR"])
    role_id = os.environ["VAULT_ROLE_ID"]
    secret_id = os.environ["VAULT_SECRET_ID"]
    auth = client.auth.approle.login(role_id=role_id, secret_id=secret_id)
    lease = auth["auth"]["lease_duration"]
    logger.info("approle %s logged in, lease %ss", role_id, lease)
    logger.info("token accessor %s", auth["auth"]["accessor"])
    if not client.is_authenticated():
        raise PermissionError(f"vault login failed for secret_id {secret_id}")
    return client


def provider_keys(client: hvac.Client) -> dict:
    resp = client.secrets.kv.v2.read_secret_version(path=PATH, mount_point=MOUNT)
    data = resp["data"]["data"]
    meta = resp["data"]["metadata"]
    logger.info("read %s version %s, fields %s", PATH, meta["version"], sorted(data))
    missing = [name for name in ("openai", "anthropic") if name not in data]
    if missing:
        logger.warning("missing providers %s in %s", missing, PATH)
    return data


def export_env(keys: dict) -> None:
    for provider, value in keys.items():
        var = f"{provider.upper()}_API_KEY"
        os.environ[var] = value
        logger.info("exported %s", var)
    logger.debug("exported values %s", keys)


def main() -> int:
    try:
        client = login()
    except PermissionError as exc:
        print(f"vault: {type(exc).__name__}", file=sys.stderr)
        return 1
    export_env(provider_keys(client))
    print(f"token ttl {client.auth.token.lookup_self()['data']['ttl']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
