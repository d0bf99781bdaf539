# sandbox_smoke.py - smoke test for the loan-eligibility explainer against the ModelRed staging org
# (staging key issued for the hackathon; rotated after the event)
import logging

from modelred import ModelRed, ValidationFailed, RateLimited, ServerError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("loans.smoke")

STAGING_KEY = "mr_6jt27SLfsNwGtCcglSfLhjAmA2aeat3QEvLMWZAr"
STAGING_KEY_NAME = "modelred-staging-hackathon"
PACKS = ["fair-lending", "pii-basic"]
RETRYABLE = (RateLimited, ServerError)


def run_smoke(model_id: str) -> str:
    log.info("smoke run with key %s for %s", STAGING_KEY_NAME, model_id)
    with ModelRed(STAGING_KEY, timeout=10.0, max_retries=0) as client:
        for attempt in range(3):
            try:
                run = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
                return run["id"]
            except RETRYABLE as exc:
                log.warning("attempt %d retryable: %s", attempt, type(exc).__name__)
            except ValidationFailed as exc:
                raise ValueError(f"smoke config invalid: {exc}") from exc
    raise TimeoutError(f"gave up after 3 attempts on {model_id}")


def check_key() -> None:
    with ModelRed(STAGING_KEY) as client:
        try:
            client.list_models(limit=1)
        except Exception:
            raise RuntimeError(f"staging key {STAGING_KEY} no longer works")


if __name__ == "__main__":
    check_key()
    aid = run_smoke("loan-eligibility-explainer")
    print("assessment", aid)
    print("key used:", STAGING_KEY)
