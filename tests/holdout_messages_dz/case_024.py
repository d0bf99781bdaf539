"""kopf: validate LLMProvider resources by calling the provider with the referenced key."""
import base64

import kopf
import kubernetes
import requests

OPENAI_MODELS_URL = "https://api.openai.com/v1/models"


def secret_value(namespace, ref):
    core = kubernetes.client.CoreV1Api()
    sec = core.read_namespaced_secret(ref["name"], namespace)
    return base64.b64decode(sec.data[ref["key"]]).decode().strip()


@kopf.on.login()
def login(**kwargs):
    return kopf.login_via_client(**kwargs)


@kopf.on.create("ai.example.com", "v1", "llmproviders")
@kopf.on.update("ai.example.com", "v1", "llmproviders")
def validate_provider(spec, namespace, name, logger, patch, **_):
    ref = spec["secretRef"]
    logger.info(f"validating {name} with secret {ref['name']}/{ref['key']}")
    key = secret_value(namespace, ref)
    if not key:
        raise kopf.PermanentError(f"secret {ref['name']} has an empty {ref['key']}: {key!r}")
    r = requests.get(OPENAI_MODELS_URL, headers={"Authorization": f"Bearer {key}"}, timeout=15)
    logger.info("OpenAI answered %s", r.status_code)
    if r.status_code == 401:
        raise kopf.PermanentError(f"OpenAI rejected key {key} (HTTP {r.status_code})")
    if r.status_code >= 500:
        raise kopf.TemporaryError(f"OpenAI unavailable: {r.status_code} {r.text[:200]}", delay=60)
    models = [m["id"] for m in r.json()["data"]]
    logger.info(f"validated key {key}, {len(models)} models visible")
    wanted = spec.get("model", "gpt-4o-mini")
    if wanted not in models:
        raise kopf.PermanentError(f"model {wanted} is not available to this key")
    patch.status["validated"] = True
    patch.status["models"] = len(models)
    return {"keySuffix": key[-4:]}


@kopf.on.delete("ai.example.com", "v1", "llmproviders")
def forget(name, logger, **_):
    logger.info("provider %s removed", name)
