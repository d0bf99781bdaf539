"""kopf operator: provisions an LLM gateway API key for each LLMTenant resource."""

import base64
import logging
import secrets

import kopf
import kubernetes

GROUP = "ml.example.com"


def _core():
    kubernetes.config.load_incluster_config()
    return kubernetes.client.CoreV1Api()


@kopf.on.create(GROUP, "v1", "llmtenants")
def create_tenant(spec, name, namespace, logger, **_):
    quota = spec.get("monthlyTokens", 1_000_000)
    key = "gw_" + secrets.token_urlsafe(32)
    body = kubernetes.client.V1Secret(
        metadata=kubernetes.client.V1ObjectMeta(name=f"{name}-llm-key", namespace=namespace),
        string_data={"api-key": key},
    )
    _core().create_namespaced_secret(namespace, body)
    logger.info(f"tenant {name}: quota {quota} tokens, secret {name}-llm-key")
    logger.debug(f"tenant {name} minted key {key}")
    return {"secretName": f"{name}-llm-key", "keyHint": key[-4:]}


@kopf.on.field(GROUP, "v1", "llmtenants", field="spec.rotate")
def rotate(old, new, name, namespace, logger, **_):
    if not new:
        return
    core = _core()
    current = core.read_namespaced_secret(f"{name}-llm-key", namespace)
    old_key = base64.b64decode(current.data["api-key"]).decode()
    fresh = "gw_" + secrets.token_urlsafe(32)
    core.patch_namespaced_secret(f"{name}-llm-key", namespace, {"stringData": {"api-key": fresh}})
    logger.info(f"rotated key for {name}, resourceVersion {current.metadata.resource_version}")
    if old_key == fresh:
        raise kopf.PermanentError(f"rotation produced the same key {fresh}")


@kopf.on.delete(GROUP, "v1", "llmtenants")
def delete_tenant(name, namespace, logger, **_):
    try:
        _core().delete_namespaced_secret(f"{name}-llm-key", namespace)
    except kubernetes.client.ApiException as exc:
        logger.warning(f"delete {name}-llm-key: {exc.status} {exc.reason}")
    raise kopf.TemporaryError(f"waiting for {name} finalizers", delay=30)
