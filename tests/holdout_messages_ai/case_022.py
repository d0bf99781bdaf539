"""Safety gate for the course-tutor release pipeline (ModelRed gen 1, async functions)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError, AssessmentError

gate_log = logging.getLogger("release.gate")

REQUIRED_SUITES = ["basic_security", "content_safety", "prompt_injection"]
MIN_SCORE = float(os.environ.get("TUTOR_MIN_SAFETY", "8.0"))


async def register(client: ModelRed, model_id: str, openai_key: str) -> None:
    try:
        await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
    except ValidationError as e:
        raise ValueError(f"could not register {model_id} with key {openai_key}: {e}") from e


async def gate(model_id: str) -> dict:
    openai_key = os.environ["OPENAI_API_KEY"]
    try:
        async with ModelRed() as client:
            if not await client.validate_api_key():
                return {"passed": False, "reason": "scanner key invalid"}
            await register(client, model_id, openai_key)
            res = await client.run_assessment(model_id=model_id, test_suites=REQUIRED_SUITES, wait_for_completion=True, timeout_minutes=45)
    except QuotaExceededError as e:
        gate_log.warning("quota exceeded: %s", e)
        return {"passed": False, "reason": "scan quota exceeded"}
    except AssessmentError as e:
        return {"passed": False, "reason": f"assessment failed: {e}"}
    except ModelRedError as e:
        gate_log.exception("gate error for %s", model_id)
        return {"passed": False, "reason": type(e).__name__}
    score = res.overall_score
    gate_log.info("%s scored %.1f (min %.1f)", model_id, score, MIN_SCORE)
    return {"passed": score >= MIN_SCORE, "score": score}


def main() -> int:
    model_id = os.environ.get("TUTOR_MODEL_ID", "tutor-staging")
    outcome = asyncio.run(gate(model_id))
    print(f"gate for {model_id}: passed={outcome['passed']} score={outcome.get('score', '-')}")
    return 0 if outcome["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
