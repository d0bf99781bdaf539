"""Dramatiq actors rotating the upstream provider keys held in Vault."""

import logging
import os

import dramatiq
import hvac
import requests

log = logging.getLogger("rotation")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
SECRET_PATH = "llm/providers/openai"


def _vault() -> hvac.Client:
    client = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise PermissionError(f"Vault at {VAULT_ADDR} rejected the worker token")
    return client


def _mint_openai_key(admin_key: str, project: str) -> str:
    resp = requests.post(
        f"https://api.openai.com/v1/organization/projects/{project}/service_accounts",
        headers={"Authorization": f"Bearer {admin_key}"},
        json={"name": "gateway-rotated"},
        timeout=20,
    )
    if resp.status_code >= 400:
        raise RuntimeError(f"key mint failed: {resp.status_code} {resp.text[:300]}")
    return resp.json()["api_key"]["value"]


@dramatiq.actor(max_retries=3, time_limit=120_000)
def rotate_openai_key(project: str) -> None:
    vault = _vault()
    current = vault.secrets.kv.v2.read_secret_version(path=SECRET_PATH)["data"]["data"]
    old_key = current["api_key"]
    log.debug("vault secret fields: %s", sorted(current))
    new_key = _mint_openai_key(current["admin_key"], project)
    vault.secrets.kv.v2.create_or_update_secret(path=SECRET_PATH, secret={**current, "api_key": new_key})
    log.info("rotated OpenAI key for project %s: ...%s -> ...%s", project, old_key[-4:], new_key[-4:])
    log.info("previous key %s can be revoked after the grace period", old_key)


@dramatiq.actor
def verify_rotation(project: str) -> None:
    data = _vault().secrets.kv.v2.read_secret_version(path=SECRET_PATH)["data"]
    log.info("secret %s version %s created %s", SECRET_PATH, data["metadata"]["version"], data["metadata"]["created_time"])
    resp = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {data['data']['api_key']}"}, timeout=10)
    if resp.status_code != 200:
        raise RuntimeError(f"rotated key for {project} does not work: {data['data']}")
