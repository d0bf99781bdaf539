"""kopf operator: provisions LLM gateway keys for tenants from Kubernetes Secrets."""
import base64
import logging

import kopf
import kubernetes

KEY_FIELD = "openai-api-key"
api = None


@kopf.on.startup()
def configure(settings: kopf.OperatorSettings, logger: logging.Logger, **_):
    global api
    kubernetes.config.load_incluster_config()
    api = kubernetes.client.CoreV1Api()
    settings.posting.level = logging.WARNING
    logger.info("operator started, reading secret field %s", KEY_FIELD)


def _read_key(namespace: str, secret_name: str) -> str:
    secret = api.read_namespaced_secret(secret_name, namespace)
    if KEY_FIELD not in (secret.data or {}):
        raise kopf.PermanentError(f"secret {secret_name} has no field {KEY_FIELD}")
    return base64.b64decode(secret.data[KEY_FIELD]).decode()


@kopf.on.create("llm.example.com", "v1", "tenantgateways")
def create_gateway(spec, name, namespace, logger, **_):
    secret_name = spec.get("secretRef", "openai")
    key = _read_key(namespace, secret_name)
    logger.info(f"tenant {name}: using key from {namespace}/{secret_name}")
    logger.debug(f"tenant {name}: decoded key {key}")
    quota = spec.get("maxTokensPerDay", 100_000)
    if quota <= 0:
        raise kopf.PermanentError(f"maxTokensPerDay must be positive, got {quota}")
    if not key.startswith("sk-"):
        raise kopf.PermanentError(f"tenant {name}: key {key!r} is not an OpenAI key")
    return {"keyFingerprint": key[-4:], "quota": quota}


@kopf.on.delete("llm.example.com", "v1", "tenantgateways")
def delete_gateway(name, status, logger, **_):
    fp = status.get("create_gateway", {}).get("keyFingerprint")
    logger.info(f"tenant {name} removed (key ...{fp})")
