"""Slack slash command for the travel desk: /screen <model> kicks off a ModelRed scan."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, RateLimited, Forbidden, APIError

desk_log = logging.getLogger("traveldesk.slack")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
mr_client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2)
ALLOWED = {"itinerary-bot", "fare-rules-bot", "visa-faq"}


@app.command("/screen")
def screen(ack, respond, command):
    ack()
    model_id = command.get("text", "").strip()
    desk_log.info("screen requested by %s for %s", command.get("user_id"), model_id)
    if model_id not in ALLOWED:
        respond(f"Unknown model `{model_id}`. Allowed: {', '.join(sorted(ALLOWED))}")
        return
    try:
        job = mr_client.create_assessment(model_id=model_id, probe_pack_ids=["travel-core"])
    except RateLimited as e:
        respond(f"Busy, retry in {getattr(e, 'retry_after', 60)}s")
        return
    except Forbidden:
        respond("This workspace's ModelRed key cannot start scans.")
        return
    except APIError as e:
        desk_log.error("create_assessment failed: %s", e)
        respond(f"Scan failed: {e}")
        return
    respond(f"Scan started: {job['id']}")


@app.command("/screen-status")
def status(ack, respond, command):
    ack()
    try:
        asm = mr_client.get_assessment(command["text"].strip())
        respond(f"Status: {asm['status']}")
    except APIError as e:
        respond(f"Could not read status ({type(e).__name__})")


if __name__ == "__main__":
    desk_log.info("bot token prefix %s", os.environ["SLACK_BOT_TOKEN"][:4])
    app.start(port=int(os.environ.get("PORT", "3000")))
