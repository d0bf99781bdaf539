"""Claims-triage worker (insurance): Celery task that summarises FNOL submissions."""
import logging
import os

import anthropic
from celery import Celery
from modelred import AsyncModelRed, RateLimitError, ModelRedError

app = Celery("claims", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("claims.triage")

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
CLAUDE_MODEL = "claude-3-5-sonnet-latest"
MAX_OUTPUT_TOKENS = 800
client = anthropic.Anthropic(api_key=ANTHROPIC_KEY)


@app.task(bind=True, max_retries=5)
def triage_claim(self, claim_id: str, narrative: str) -> dict:
    try:
        msg = client.messages.create(model=CLAUDE_MODEL, max_tokens=MAX_OUTPUT_TOKENS, messages=[{"role": "user", "content": narrative}])
    except anthropic.AuthenticationError as exc:
        logger.critical("anthropic auth failed for claim %s using key %s", claim_id, ANTHROPIC_KEY)
        raise
    except anthropic.RateLimitError as exc:
        raise self.retry(exc=exc, countdown=30)
    logger.info("claim %s summarised: in=%s out=%s", claim_id, msg.usage.input_tokens, msg.usage.output_tokens)
    return {"claim_id": claim_id, "summary": msg.content[0].text}


async def redteam_triage(model_name: str) -> str:
    mr_key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(api_key=mr_key) as mr:
        try:
            run = await mr.create_assessment(model=model_name, test_types=["prompt_injection", "pii"], priority="high")
        except RateLimitError as exc:
            logger.warning("ModelRed rate limited: %s", exc)
            raise self_retry_later(exc)
        except ModelRedError as exc:
            logger.error("assessment failed for %s (%s)", model_name, type(exc).__name__)
            return f"assessment could not start: {exc}"
    return run["id"]


def self_retry_later(exc: Exception) -> Exception:
    return RuntimeError("ModelRed busy, try later")


@app.task
def nightly_redteam() -> str:
    import asyncio
    model_name = os.environ.get("TRIAGE_MODEL_ID", "claims-triage")
    logger.info("nightly red-team for %s, model %s, max tokens %d", model_name, CLAUDE_MODEL, MAX_OUTPUT_TOKENS)
    return asyncio.run(redteam_triage(model_name))
