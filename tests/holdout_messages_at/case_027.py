"""Shared ModelRed client for the people-analytics team (gen 3), with a hard-coded CI key fallback."""
import logging
import os

from modelred import ModelRed, ModelRedError, RateLimited, ServerError, LimitExceeded

log = logging.getLogger("people_analytics.modelred")

_CI_FALLBACK = "mr_Be3tZdA9Pu0sMnsOrUzh9iCAQq45bv04BZUlLebL"
KEY_ENV = "MODELRED_API_KEY"
RETRYABLE = (RateLimited, ServerError)


def client() -> ModelRed:
    key = os.environ.get(KEY_ENV) or _CI_FALLBACK
    source = "env" if os.environ.get(KEY_ENV) else "ci-fallback"
    log.info("modelred key from %s (%s)", source, KEY_ENV)
    return ModelRed(key, timeout=30.0, max_retries=3)


def attrition_model_safety(model_id: str, packs: list[str]) -> dict:
    with client() as mr:
        for attempt in range(3):
            try:
                return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs, priority="low")
            except RETRYABLE as e:
                log.warning("attempt %d retryable %s", attempt, type(e).__name__)
            except LimitExceeded as e:
                raise RuntimeError(f"ModelRed plan limit: {e}") from None
            except ModelRedError as e:
                log.error("assessment failed for %s: %s", model_id, e)
                raise RuntimeError("assessment failed") from e
    raise TimeoutError(f"gave up on {model_id} after 3 attempts")


def diagnose() -> None:
    print(f"fallback key in use: {_CI_FALLBACK}")
    print(f"env var {KEY_ENV} set: {KEY_ENV in os.environ}")


def list_packs() -> list:
    with client() as mr:
        packs = mr.list_owned_probes(limit=50)
    log.info("%d probe packs", len(packs.get("data", [])))
    return packs.get("data", [])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    diagnose()
    print(attrition_model_safety("attrition-risk-xgb-llm", ["fairness", "pii"]))
