"""kopf operator that syncs provider keys from Kubernetes Secrets into the gateway."""
import base64
import logging

import kopf
import requests

logger = logging.getLogger("keysync")

GATEWAY_ADMIN = "http://gateway.internal/admin/keys"
LABEL_SELECTOR = "llm.acme.io/provider-key=true"
KEY_FIELD = "api_key"


def decode(data: dict) -> dict:
    return {k: base64.b64decode(v).decode() for k, v in (data or {}).items()}


@kopf.on.create("v1", "secrets", labels={"llm.acme.io/provider-key": "true"})
@kopf.on.update("v1", "secrets", labels={"llm.acme.io/provider-key": "true"})
def sync(name, namespace, body, **_):
    values = decode(body.get("data"))
    provider = body["metadata"].get("annotations", {}).get("llm.acme.io/provider", "openai")
    logger.info("syncing %s/%s for %s (fields: %s)", namespace, name, provider, sorted(values))
    key = values.get(KEY_FIELD)
    if key is None:
        raise kopf.PermanentError(f"secret {namespace}/{name} has no {KEY_FIELD} field")
    if provider == "openai" and not key.startswith("sk-"):
        raise kopf.PermanentError(f"{namespace}/{name}: {KEY_FIELD}={key} is not an OpenAI key")
    resp = requests.put(f"{GATEWAY_ADMIN}/{provider}", json={"key": key}, timeout=10)
    if resp.status_code >= 500:
        raise kopf.TemporaryError(f"gateway {resp.status_code}: {resp.text[:200]}", delay=30)
    logger.info("synced %s (%s...)", provider, key[:4])
    return {"synced": provider, "resourceVersion": body["metadata"]["resourceVersion"]}


@kopf.on.delete("v1", "secrets", labels={"llm.acme.io/provider-key": "true"})
def remove(name, namespace, body, **_):
    provider = body["metadata"].get("annotations", {}).get("llm.acme.io/provider", "openai")
    requests.delete(f"{GATEWAY_ADMIN}/{provider}", timeout=10)
    logger.info("removed %s key from gateway (secret %s/%s)", provider, namespace, name)


@kopf.on.probe(id="selector")
def selector(**_):
    return LABEL_SELECTOR
