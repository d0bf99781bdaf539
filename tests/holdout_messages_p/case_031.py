"""ChatOps bot for the platform team: starts ModelRed scans from Slack (generation 3)."""
from __future__ import annotations

import logging
import os

from slack_bolt import App
from modelred import ModelRed, ModelRedError, NotFound, RateLimited

log = logging.getLogger("chatops")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)
DEFAULT_PACKS = ["owasp-llm-top10"]


@app.command("/redteam")
def redteam(ack, command, say):
    ack()
    model_id = command["text"].strip()
    user = command["user_id"]
    if not model_id:
        say("usage: /redteam <model-id>")
        return
    try:
        a = MR.create_assessment(model_id=model_id, probe_pack_ids=DEFAULT_PACKS)
    except NotFound:
        say(f"No model called `{model_id}`.")
        return
    except RateLimited as e:
        log.warning("rate limited for %s: %s", user, e)
        say("ModelRed is busy, try again in a minute.")
        return
    except ModelRedError as e:
        say(f":x: scan failed: {e}")
        return
    log.info("user %s started %s on %s", user, a["id"], model_id)
    say(f"Started assessment `{a['id']}` with packs {', '.join(DEFAULT_PACKS)}")


@app.command("/redteam-debug")
def debug(ack, command, respond):
    ack()
    respond(f"bot user {app.client.auth_test()['user_id']}, packs={DEFAULT_PACKS}")
    log.debug("debug invoked by %s with bot token %s", command["user_id"], os.environ["SLACK_BOT_TOKEN"])


if __name__ == "__main__":
    log.info("starting bolt app (signing secret set: %s)", "SLACK_SIGNING_SECRET" in os.environ)
    app.start(port=int(os.environ.get("PORT", "3000")))
