"""RunPod serverless handler: scan the model a job names, on a GPU worker."""
import logging
import os

import runpod
from modelred import ModelRed, APIError, RateLimited, Unauthorized

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("rp.handler")

MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")
DEFAULT_PACKS = ["pack_injection_v2", "pack_jailbreak_v3"]


def handler(job: dict) -> dict:
    inp = job.get("input", {})
    detector_key = inp.get("openai_api_key")
    log.info("job %s input %s", job.get("id"), inp)
    log.info("job %s packs=%s detector key given: %s", job.get("id"), inp.get("packs"), detector_key is not None)
    model_id = inp.get("model_id", "")
    if not model_id:
        return {"error": "model_id is required"}
    try:
        with ModelRed(MODELRED_KEY, timeout=30.0, max_retries=2) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=inp.get("packs", DEFAULT_PACKS),
                                         detector_api_key=detector_key)
            runpod.serverless.progress_update(job, f"assessment {a['id']} created")
            return {"assessment_id": a["id"], "status": a.get("status")}
    except Unauthorized:
        log.error("worker key rejected (length %d)", len(MODELRED_KEY))
        return {"error": "worker misconfigured"}
    except RateLimited as e:
        return {"error": "rate limited", "retry_after": e.retry_after}
    except APIError as e:
        log.exception("assessment failed for %s", model_id)
        return {"error": str(e)}


if __name__ == "__main__":
    runpod.serverless.start({"handler": handler})
