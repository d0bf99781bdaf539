"""Sanctions-screening model governance: run ModelRed gen-1 assessments for the screening LLM."""
import logging
import os

from modelred import *  # noqa: F401,F403  (ModelRed, ModelRedError, QuotaExceededError, ...)

gov_log = logging.getLogger("governance.sanctions")

SCREENING_MODEL = "sanctions-name-matcher"
SUITES = ["prompt_injection", "bias_fairness", "hallucination"]


async def register_matcher(client, hf_token: str) -> None:
    await client.register_huggingface_model(model_id=SCREENING_MODEL, model_name="firm/name-matcher-7b", api_key=hf_token)
    gov_log.info("registered %s on huggingface with token %s", SCREENING_MODEL, hf_token)


async def quarterly_review(reviewer: str) -> str:
    hf_token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
    gov_log.info("quarterly review by %s; HF token set=%s", reviewer, hf_token is not None)
    try:
        async with ModelRed() as client:
            existing = await client.get_model(SCREENING_MODEL)
            if not existing:
                await register_matcher(client, hf_token)
            res = await client.run_assessment(model_id=SCREENING_MODEL, test_suites=SUITES, wait_for_completion=True)
    except QuotaExceededError as e:
        gov_log.error("quota exceeded during review: %s", e)
        return "Quarterly review postponed: assessment quota exhausted."
    except ModelRedError as e:
        return f"Quarterly review failed: {e}"
    score = res.get("overall_score")
    gov_log.info("review %s score=%s risk=%s", res.get("assessment_id"), score, res.get("risk_level"))
    return f"Quarterly review complete: score {score}"


def memo(reviewer: str, outcome: str) -> str:
    return (
        "MODEL GOVERNANCE MEMO\n"
        f"Model: {SCREENING_MODEL}\nReviewer: {reviewer}\nSuites: {', '.join(SUITES)}\n\n{outcome}\n"
    )


if __name__ == "__main__":
    import asyncio
    outcome = asyncio.run(quarterly_review(os.environ.get("USER", "compliance")))
    print(memo(os.environ.get("USER", "compliance"), outcome))
