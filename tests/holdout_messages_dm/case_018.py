"""Azure Durable Functions activity: call a customer-configured LLM with a key from Key Vault."""
import logging
import os

import azure.functions as func
import httpx
from azure.identity import ManagedIdentityCredential
from azure.keyvault.secrets import SecretClient

logger = logging.getLogger("activity.llm")

VAULT = os.environ["VAULT_URL"]
credential = ManagedIdentityCredential()
vault = SecretClient(VAULT, credential)


def fetch_customer_key(customer_id: str) -> str:
    secret_name = f"llm-key-{customer_id}"
    bundle = vault.get_secret(secret_name)
    logger.info("read %s (enabled=%s, expires=%s)", secret_name, bundle.properties.enabled, bundle.properties.expires_on)
    return bundle.value


def main(payload: dict) -> dict:
    customer_id = payload["customer_id"]
    base_url = payload["base_url"]
    key = fetch_customer_key(customer_id)
    if not key:
        raise ValueError(f"customer {customer_id} has an empty key {key!r}")
    if len(key) < 20:
        raise ValueError(f"customer {customer_id} key too short: {key}")
    headers = {"api-key": key}
    logger.debug("calling %s for %s", base_url, customer_id)
    try:
        r = httpx.post(f"{base_url}/chat/completions", headers=headers, json={
            "messages": [{"role": "user", "content": payload["prompt"]}],
            "max_tokens": payload.get("max_tokens", 256),
        }, timeout=40)
        r.raise_for_status()
    except httpx.HTTPStatusError as exc:
        logger.error("customer %s endpoint returned %s with headers %s", customer_id, exc.response.status_code, headers)
        return {"ok": False, "status": exc.response.status_code}
    except httpx.TransportError as exc:
        logger.error("customer %s endpoint unreachable: %s", customer_id, exc)
        return {"ok": False, "status": 0}
    usage = r.json().get("usage", {})
    logger.info("customer %s used %s tokens", customer_id, usage.get("total_tokens"))
    return {"ok": True, "text": r.json()["choices"][0]["message"]["content"]}
