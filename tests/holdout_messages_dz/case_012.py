"""kopf + kubernetes_asyncio operator for generation-3 AsyncModelRed scans."""
import base64
import logging

import kopf
from kubernetes_asyncio import client, config
from modelred import (AsyncModelRed, LimitExceeded, NotAllowedForApiKey, NotFound,
                      RateLimited)

log = logging.getLogger("scan-operator")


async def read_key(namespace, secret_name):
    async with client.ApiClient() as api:
        core = client.CoreV1Api(api)
        sec = await core.read_namespaced_secret(secret_name, namespace)
    return base64.b64decode(sec.data["token"]).decode()


@kopf.on.startup()
async def startup(**_):
    await config.load_kube_config()


@kopf.on.create("modelred.io", "v1", "scans")
@kopf.on.resume("modelred.io", "v1", "scans")
async def scan(spec, namespace, name, patch, retry, **_):
    mr_key = await read_key(namespace, spec["secretName"])
    log.info("scan %s attempt %d, key length %d", name, retry, len(mr_key))
    async with AsyncModelRed(mr_key, timeout=15.0) as mr:
        try:
            job = await mr.create_assessment_by_id(model_id=spec["modelId"], probe_pack_ids=spec["packs"])
        except NotAllowedForApiKey:
            raise kopf.PermanentError(f"key {mr_key} may not create assessments")
        except RateLimited as e:
            log.info("rate limited, retry after %s s", e.retry_after)
            raise kopf.TemporaryError(str(e), delay=e.retry_after or 30)
        except NotFound:
            raise kopf.PermanentError(f"model {spec['modelId']} not found in ModelRed")
        except LimitExceeded as e:
            raise kopf.PermanentError(f"plan limit reached ({type(e).__name__})")
    patch.status["phase"] = "Running"
    patch.status["assessmentId"] = job["id"]
    log.info("patched status %s for %s", patch.status["phase"], name)


@kopf.daemon("modelred.io", "v1", "scans", cancellation_timeout=5)
async def follow(stopped, status, spec, namespace, patch, **_):
    mr_key = await read_key(namespace, spec["secretName"])
    async with AsyncModelRed(mr_key) as mr:
        while not stopped and status.get("assessmentId"):
            a = await mr.get_assessment(status["assessmentId"])
            if a["status"] in ("COMPLETED", "FAILED"):
                patch.status["phase"] = a["status"].title()
                return
            await stopped.wait(20)
