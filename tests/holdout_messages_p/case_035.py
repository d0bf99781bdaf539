"""Syncs Kubernetes Secrets into the process environment of the inference sidecar."""
from __future__ import annotations

import base64
import logging
import os

from kubernetes import client, config

log = logging.getLogger("sidecar.secrets")
MANAGED_PREFIX = "LLM_"


def _decode(data: dict[str, str]) -> dict[str, str]:
    return {k: base64.b64decode(v).decode() for k, v in (data or {}).items()}


def sync(namespace: str, name: str) -> list[str]:
    config.load_incluster_config()
    v1 = client.CoreV1Api()
    sec = v1.read_namespaced_secret(name, namespace)
    values = _decode(sec.data)
    log.info("secret %s/%s has keys %s (resourceVersion %s)", namespace, name, sorted(values), sec.metadata.resource_version)
    changed = []
    for k, v in values.items():
        env = MANAGED_PREFIX + k.upper().replace("-", "_")
        if os.environ.get(env) != v:
            changed.append(env)
            os.environ[env] = v
            log.debug("updated %s = %s", env, v)
    log.info("updated %d variables: %s", len(changed), changed)
    return changed


def verify(namespace: str, name: str, required: tuple[str, ...] = ("openai-api-key",)) -> None:
    config.load_incluster_config()
    sec = client.CoreV1Api().read_namespaced_secret(name, namespace)
    values = _decode(sec.data)
    missing = [r for r in required if not values.get(r)]
    if missing:
        log.error("secret %s/%s lacks %s", namespace, name, missing)
        raise SystemExit(f"missing keys in {name}: {', '.join(missing)}")
    openai_key = values["openai-api-key"]
    if not openai_key.startswith("sk-"):
        log.error("openai-api-key in %s is not an OpenAI key: %r", name, openai_key)
