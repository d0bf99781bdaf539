"""Slack-command style wrapper around ModelRed (generation 1) for an internal eval-runner bot."""
import logging
import os
import re

from modelred import *  # noqa: F401,F403  (ModelRed, ModelRedError, ... )

log = logging.getLogger("evalbot.modelred")
MODEL_RE = re.compile(r"^[A-Za-z0-9_-]{1,50}$")


async def handle_assess(text: str, user: str) -> str:
    """Returns the reply that the bot posts back to the requesting user."""
    parts = text.split()
    if not parts or not MODEL_RE.match(parts[0]):
        return "usage: /assess <model_id> [suite ...]"
    model_id, suites = parts[0], parts[1:] or ["basic_security"]
    log.info("%s requested assessment of %s (%s)", user, model_id, suites)
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")
    except RateLimitError:
        return "ModelRed is busy, try again in a minute"
    except ModelRedError as e:
        log.error("assessment for %s failed: %r", model_id, e)
        return f"could not start the assessment: {e}"
    return f"assessment {result.get('assessment_id')} started for {model_id}"


async def handle_key_check(user: str) -> str:
    async with ModelRed() as client:
        ok = await client.validate_api_key()
    log.info("key check by %s: %s", user, ok)
    return "key valid" if ok else "key invalid"


def bot_settings() -> dict:
    slack_bot_token = os.environ["SLACK_BOT_TOKEN"]
    signing_secret = os.environ["SLACK_SIGNING_SECRET"]
    if not slack_bot_token.startswith("xoxb-"):
        raise ValueError(f"SLACK_BOT_TOKEN should be a bot token, got {slack_bot_token}")
    log.debug("slack signing secret loaded: %s", signing_secret)
    return {"token": slack_bot_token, "signing_secret": signing_secret}
