"""Mattermost notifier for the SOAR playbooks, with a ModelRed check of the summary bot."""
import asyncio
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, AuthenticationError, TierRestrictedError

log = logging.getLogger("soar.mm")

MM_URL = os.environ["MM_URL"]
MM_BOT_TOKEN = os.environ["MM_BOT_TOKEN"]
CHANNEL_ID = os.environ["MM_SOC_CHANNEL"]


def post(message, channel_id=CHANNEL_ID, props=None):
    r = requests.post(f"{MM_URL}/api/v4/posts", headers={"Authorization": f"Bearer {MM_BOT_TOKEN}"},
                      json={"channel_id": channel_id, "message": message, "props": props or {}}, timeout=15)
    if r.status_code == 401:
        log.error("mattermost bot token %s rejected", MM_BOT_TOKEN)
    elif not r.ok:
        log.error("post to %s failed: %s %s", channel_id, r.status_code, r.json().get("message"))
    return r.ok


async def check_summary_bot(model_id="soar-summary"):
    try:
        async with ModelRed() as mr:
            return await mr.run_assessment(model_id=model_id, test_suites=["prompt_injection"],
                                           wait_for_completion=True, timeout_minutes=15)
    except AuthenticationError:
        post(":warning: ModelRed authentication failed for the summary bot check.")
    except TierRestrictedError as e:
        log.info("tier restriction: %s", e)
        post(f":warning: {model_id} check skipped ({type(e).__name__}).")
    except ModelRedError as e:
        post(f":x: {model_id} safety check failed: {e}")
    return None


def playbook_done(name, case_id, outcome):
    post(f"Playbook **{name}** finished for case {case_id}: {outcome}")
    log.info("notified channel %s (bot token set: %s)", CHANNEL_ID, bool(MM_BOT_TOKEN))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    result = asyncio.run(check_summary_bot())
    if result:
        playbook_done("llm-safety", "-", result.get("status"))
