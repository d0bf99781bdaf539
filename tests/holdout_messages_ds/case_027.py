"""smoke/modelred_smoke.py: shared by the post-deploy job and the `make smoke` target."""
import logging
import os
import time

from modelred import APIError, LimitExceeded, ModelRed, NotAllowedForApiKey, RateLimited

log = logging.getLogger("smoke.modelred")

SMOKE_PACKS = ["pack_prompt_injection_smoke"]
SMOKE_MODEL = os.environ.get("SMOKE_MODEL_ID", "mdl_support_bot_staging")


class SmokeRunner:
    def __init__(self, api_key, poll_seconds=5.0, deadline_seconds=600):
        self._api_key = api_key
        self.poll_seconds = poll_seconds
        self.deadline_seconds = deadline_seconds
        log.debug("SmokeRunner(api_key=%s, poll=%ss, deadline=%ss)", self._api_key, poll_seconds, deadline_seconds)

    def _wait(self, client, assessment_id):
        started = time.monotonic()
        while time.monotonic() - started < self.deadline_seconds:
            assessment = client.get_assessment(assessment_id)
            log.info("assessment %s: %s", assessment_id, assessment["status"])
            if assessment["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
                return assessment
            time.sleep(self.poll_seconds)
        client.cancel_assessment(assessment_id)
        raise TimeoutError(f"assessment {assessment_id} did not finish in {self.deadline_seconds}s")

    def run(self):
        with ModelRed(self._api_key, timeout=20.0, max_retries=2) as client:
            try:
                created = client.create_assessment(model_id=SMOKE_MODEL, probe_pack_ids=SMOKE_PACKS, priority="high")
            except RateLimited as exc:
                log.warning("smoke rate limited, retry after %ss", exc.retry_after)
                return {"ok": False, "error": "rate limited", "retry_after": exc.retry_after}
            except (LimitExceeded, NotAllowedForApiKey) as exc:
                raise RuntimeError(f"smoke cannot start on this plan: {exc}") from exc
            except APIError as exc:
                log.error("smoke create_assessment failed: %s", exc)
                return {"ok": False, "error": str(exc), "kind": type(exc).__name__}
            result = self._wait(client, created["id"])
        return {"ok": result["status"] == "COMPLETED", "assessment_id": created["id"], "score": result.get("score")}


def run_from_env():
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        return {"ok": False, "error": "MODELRED_API_KEY is not set"}
    return SmokeRunner(key).run()
