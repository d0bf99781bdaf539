"""Rotate the OpenAI key stored in HashiCorp Vault and re-register the ModelRed model."""
import asyncio
import logging
import os

import hvac
import openai
from modelred import ModelRed, ModelRedError, ProviderConfig

log = logging.getLogger("rotate.openai")

VAULT_PATH = "llm/openai"
KEY_FIELD = "api_key"


def vault_client() -> hvac.Client:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise RuntimeError(f"vault auth failed at {client.url}")
    return client


def read_current(client: hvac.Client) -> dict:
    resp = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH)
    data = resp["data"]["data"]
    log.info("read %s version %s", VAULT_PATH, resp["data"]["metadata"]["version"])
    return data


def write_new(client: hvac.Client, new_key: str, org: str) -> None:
    client.secrets.kv.v2.create_or_update_secret(
        path=VAULT_PATH, secret={KEY_FIELD: new_key, "organization": org}
    )
    log.debug("stored new key %s for org %s", new_key, org)
    log.info("stored key ending %s", new_key[-4:])


async def reregister(new_key: str, model_id: str) -> None:
    async with ModelRed() as mr:
        try:
            await mr.register_model(
                model_id=model_id,
                provider="openai",
                provider_config=ProviderConfig.openai(api_key=new_key, model_name="gpt-4o-mini"),
            )
        except ModelRedError as exc:
            log.error("re-register of %s failed: %s", model_id, exc)


def main() -> None:
    client = vault_client()
    current = read_current(client)
    org = current.get("organization", "")
    new_key = os.environ["OPENAI_NEW_KEY"]
    probe = openai.OpenAI(api_key=new_key)
    try:
        probe.models.list()
    except openai.AuthenticationError as err:
        raise RuntimeError(f"new key {new_key} rejected: {err.status_code}")
    print(f"organization={org} max_tokens=256")
    write_new(client, new_key, org)
    asyncio.run(reregister(new_key, "support-bot"))


if __name__ == "__main__":
    main()
