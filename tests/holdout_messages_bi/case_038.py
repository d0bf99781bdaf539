import logging
import os

import hvac

log = logging.getLogger("secrets.vault")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal.example.com:8200")
VAULT_ROLE = "claims-llm"
SECRET_PATH = "kv/claims/llm-providers"


def vault_client() -> hvac.Client:
    role_id = os.environ["VAULT_ROLE_ID"]
    secret_id = os.environ["VAULT_SECRET_ID"]
    client = hvac.Client(url=VAULT_ADDR)
    try:
        client.auth.approle.login(role_id=role_id, secret_id=secret_id)
    except hvac.exceptions.InvalidRequest as exc:
        log.error("approle login failed for role %s at %s: %s", VAULT_ROLE, VAULT_ADDR, exc.errors)
        raise RuntimeError(f"vault login failed (role_id={role_id}, secret_id={secret_id})") from exc
    log.info("vault token acquired, ttl %s", client.auth.token.lookup_self()["data"]["ttl"])
    return client


def provider_keys() -> dict[str, str]:
    client = vault_client()
    data = client.secrets.kv.v2.read_secret_version(path="llm-providers", mount_point="kv")["data"]["data"]
    log.info("loaded provider keys from %s: %s", SECRET_PATH, ", ".join(sorted(data)))
    return data


def check(keys: dict[str, str]) -> list[str]:
    problems = []
    for name, api_key in keys.items():
        if not api_key:
            problems.append(name)
            continue
        if name == "anthropic" and not api_key.startswith("sk-ant-"):
            log.warning("anthropic key in vault has an unexpected prefix: %s", api_key)
    if problems:
        log.warning("empty provider keys: %s", problems)
    return problems


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    keys = provider_keys()
    check(keys)
    print({k: f"{v[:4]}..." for k, v in keys.items()})
