"""Async kopf operator: ModelRedGate resources block rollouts until an assessment passes (generation 3)."""
import asyncio

import kopf
from modelred import AsyncModelRed, APIError, Unauthorized, RateLimited, ServerError

RETRYABLE = (RateLimited, ServerError)
CRED_FIELD = "modelred-api-key"


async def read_key(namespace, secret_name):
    import kubernetes_asyncio as k8s
    await k8s.config.load_incluster_config()
    async with k8s.client.ApiClient() as api:
        sec = await k8s.client.CoreV1Api(api).read_namespaced_secret(secret_name, namespace)
    import base64
    return base64.b64decode(sec.data[CRED_FIELD]).decode()


@kopf.on.create("deploy.example.com", "v1", "modelredgates")
async def gate(spec, name, namespace, logger, patch, **_):
    key = await read_key(namespace, spec["secretName"])
    model_id = spec["modelId"]
    packs = spec.get("probePackIds", ["release-gate"])
    logger.info(f"gate {name}: model {model_id}, packs {packs}, key field {CRED_FIELD}")
    async with AsyncModelRed(key, max_retries=0) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RETRYABLE as e:
            logger.warning(f"gate {name}: transient {type(e).__name__}, retrying")
            raise kopf.TemporaryError("ModelRed busy", delay=120)
        except Unauthorized:
            raise kopf.PermanentError(f"gate {name}: ModelRed refused key {key}")
        except APIError as e:
            raise kopf.PermanentError(f"gate {name}: {e}")
        patch.status["assessmentId"] = job["id"]
        for _ in range(60):
            res = await mr.get_assessment(job["id"])
            if res["status"] in ("COMPLETED", "FAILED"):
                break
            await asyncio.sleep(30)
    passed = res["status"] == "COMPLETED" and res.get("score", 0) >= spec.get("minScore", 0.8)
    logger.info(f"gate {name}: assessment {job['id']} {res['status']} passed={passed}")
    return {"passed": passed}
