"""kopf operator: run ModelRed red-team scans declared as RedTeamScan resources."""
import base64
import logging

import kopf
import kubernetes
from modelred import APIError, ModelRed, Unauthorized

log = logging.getLogger("redteam-operator")

GROUP, VERSION, PLURAL = "modelred.io", "v1", "redteamscans"


def _load_key(namespace, ref):
    core = kubernetes.client.CoreV1Api()
    secret = core.read_namespaced_secret(ref["name"], namespace)
    raw = secret.data[ref.get("key", "api-key")]
    return base64.b64decode(raw).decode("utf-8").strip()


@kopf.on.startup()
def configure(settings, **_):
    kubernetes.config.load_incluster_config()
    settings.posting.level = logging.WARNING


@kopf.on.create(GROUP, VERSION, PLURAL)
def start_scan(spec, name, namespace, patch, **_):
    ref = spec.get("apiKeySecretRef", {})
    log.info("scan %s/%s uses secret %s", namespace, name, ref.get("name"))
    api_key = _load_key(namespace, ref)
    log.debug("decoded ModelRed key %s for scan %s", api_key, name)
    log.debug("key length %d", len(api_key))
    packs = spec.get("probePackIds", [])
    try:
        with ModelRed(api_key, timeout=30.0, max_retries=2) as client:
            run = client.create_assessment(model_id=spec["modelId"], probe_pack_ids=packs)
    except Unauthorized:
        raise kopf.PermanentError(f"ModelRed rejected key {api_key} for {name}")
    except APIError as e:
        log.warning("scan %s failed: %s", name, type(e).__name__)
        return {"phase": "Failed", "error": str(e)}
    patch.status["assessmentId"] = run["id"]
    log.info("scan %s started with packs %s", name, packs)
    return {"phase": "Running"}


@kopf.on.delete(GROUP, VERSION, PLURAL)
def cancel_scan(status, spec, namespace, **_):
    assessment_id = status.get("assessmentId")
    if not assessment_id:
        return
    api_key = _load_key(namespace, spec.get("apiKeySecretRef", {}))
    with ModelRed(api_key) as client:
        try:
            client.cancel_assessment(assessment_id)
        except APIError as e:
            log.error("cancel of %s failed: %s", assessment_id, e)
