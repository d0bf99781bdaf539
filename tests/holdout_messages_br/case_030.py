"""Slack slash command for IT: trigger a ModelRed scan of the ticket bot (gen 1, async)."""
import logging
import os

from slack_bolt.async_app import AsyncApp
from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

logger = logging.getLogger("it.scanbot")
app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
ALLOWED_SUITES = {"basic_security", "prompt_injection", "jailbreak"}


@app.command("/redteam")
async def redteam(ack, command, respond):
    await ack()
    parts = command["text"].split()
    if not parts:
        await respond("usage: /redteam <model_id> [suite ...]")
        return
    model_id, suites = parts[0], [s for s in parts[1:] if s in ALLOWED_SUITES] or ["basic_security"]
    logger.info("redteam %s suites=%s by %s", model_id, suites, command["user_id"])
    try:
        async with ModelRed() as client:
            res = await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")
    except AuthenticationError as e:
        logger.error("modelred auth error: %s", e)
        await respond("ModelRed credentials are broken; IT has been told.")
        return
    except ValidationError as e:
        await respond(f"Invalid request: {e}")
        return
    except ModelRedError as e:
        await respond(f"Scan failed: {e}")
        return
    await respond(f"Started assessment {res.get('assessment_id')}")


@app.command("/redteam-status")
async def status(ack, command, respond):
    await ack()
    try:
        async with ModelRed() as client:
            st = await client.get_assessment_status(command["text"].strip())
    except ModelRedError as e:
        await respond(f"Status lookup failed ({type(e).__name__})")
        return
    await respond(f"{st.get('status')} {st.get('progress', 0)}%")


if __name__ == "__main__":
    key = os.environ.get("MODELRED_API_KEY", "")
    logger.info("starting scanbot with MODELRED_API_KEY=%s", key)
    app.start(port=3001)
