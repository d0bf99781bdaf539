"""Club assistant (members' chatbot) release gate, ModelRed 0.1.40. Written against
0.1.3x originally, so it still passes the deprecated detector_* settings."""
import logging
import os
import time

from modelred import ModelRed, APIError, RateLimited, ServerError, NotAllowedForApiKey

gate_log = logging.getLogger("club_assistant.gate")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["club-faq-safety", "pii-members", "jailbreak-basic"]


def build_kwargs(model_id: str) -> dict:
    return {
        "model_id": model_id,
        "probe_pack_ids": PACKS,
        "priority": "high",
        "detector_provider": "openai",
        "detector_api_key": os.environ.get("OPENAI_API_KEY"),
        "detector_model": "gpt-4o-mini",
    }


def gate(model_id: str, attempts: int = 4) -> dict:
    kwargs = build_kwargs(model_id)
    gate_log.info("gate for %s: packs=%s priority=%s", model_id, kwargs["probe_pack_ids"], kwargs["priority"])
    gate_log.debug("create_assessment kwargs: %s", kwargs)
    with ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0, max_retries=0) as mr:
        for attempt in range(1, attempts + 1):
            try:
                job = mr.create_assessment(**kwargs)
                return {"passed": None, "assessment": job["id"]}
            except RETRYABLE as e:
                gate_log.warning("attempt %d: %s, retrying", attempt, type(e).__name__)
                time.sleep(2 ** attempt)
            except NotAllowedForApiKey as e:
                gate_log.error("key not allowed to assess: %s", e)
                return {"passed": False, "reason": "this API key may not run assessments"}
            except APIError as e:
                return {"passed": False, "reason": f"ModelRed error: {e}"}
    return {"passed": False, "reason": "ModelRed unavailable after retries"}


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    res = gate(os.environ.get("ASSISTANT_MODEL_ID", "club-assistant-v7"))
    print(res)
    raise SystemExit(0 if res.get("passed") is not False else 1)
