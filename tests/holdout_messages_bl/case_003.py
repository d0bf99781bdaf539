"""kopf operator: reconciles ModelRedScan custom resources (generation 2)."""
import base64
import logging

import kopf
import kubernetes
from modelred import ModelRed, ProviderConfig, RateLimitError, ModelRedError

log = logging.getLogger("modelredscan-operator")


def _read_secret(namespace, name, field):
    core = kubernetes.client.CoreV1Api()
    sec = core.read_namespaced_secret(name, namespace)
    return base64.b64decode(sec.data[field]).decode()


@kopf.on.create("security.example.com", "v1", "modelredscans")
def create_scan(spec, name, namespace, patch, logger, **_):
    secret_name = spec.get("credentialsSecret", "modelred-credentials")
    mr_key = _read_secret(namespace, secret_name, "api-key")
    openai_key = _read_secret(namespace, secret_name, "openai-key")
    logger.info(f"scan {name}: credentials from secret {secret_name}")
    logger.debug(f"scan {name}: openai key {openai_key}")
    client = ModelRed(api_key=mr_key)
    cfg = ProviderConfig.openai(api_key=openai_key, model_name=spec["model"], max_tokens=spec.get("maxTokens", 256))
    try:
        client.create_model(modelId=name, provider="openai", displayName=spec.get("displayName", name), providerConfig=cfg)
        job = client.create_assessment(model=name, test_types=spec.get("testTypes", ["base"]))
    except RateLimitError:
        raise kopf.TemporaryError("ModelRed rate limit, retrying", delay=60)
    except ModelRedError as e:
        log.warning("scan %s failed: %r", name, e)
        raise kopf.PermanentError(f"ModelRed rejected the scan: {e}")
    patch.status["assessmentId"] = job["id"]
    log.info("scan %s created assessment %s", name, job["id"])


@kopf.on.delete("security.example.com", "v1", "modelredscans")
def delete_scan(spec, name, namespace, logger, **_):
    secret_name = spec.get("credentialsSecret", "modelred-credentials")
    mr_key = _read_secret(namespace, secret_name, "api-key")
    if len(mr_key) < 12 or not mr_key.startswith("mr_"):
        raise kopf.PermanentError(f"secret {secret_name} holds a malformed key: {mr_key}")
    logger.info(f"deleting model {name} (key length {len(mr_key)})")
    ModelRed(api_key=mr_key).get_model(name)
