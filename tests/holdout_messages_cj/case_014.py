"""Slack bot for the standards desk: '/scan <model>' runs a ModelRed assessment (gen 2)."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRedClient, RateLimitError, ValidationError, ModelRedError

log = logging.getLogger("standards.bot")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
ALLOWED = {"headline-writer", "summary-bot", "tagger"}


@app.command("/scan")
def scan(ack, respond, command):
    ack()
    model = command.get("text", "").strip()
    log.info("scan requested by %s for %s", command.get("user_id"), model)
    if model not in ALLOWED:
        respond(f"Unknown model. Choose one of: {', '.join(sorted(ALLOWED))}")
        return
    try:
        job = mr.create_assessment(model=model, test_types=["jailbreak", "bias"], priority="high")
    except RateLimitError as e:
        respond(f"Too many scans, retry in {getattr(e, 'retry_after', 60)}s")
    except ValidationError as e:
        respond(f"ModelRed rejected the request: {e}")
    except ModelRedError as e:
        log.exception("scan failed for %s", model)
        respond("Scan failed, the desk has been notified.")
    else:
        respond(f"Scan {job['id']} queued for {model}.")


@app.command("/scan-status")
def status(ack, respond, command):
    ack()
    try:
        result = mr.get_assessment(command["text"].strip())
    except ModelRedError as e:
        respond(text=str(e))
        return
    respond(f"{result['status']}: score {result.get('overall_score', 'n/a')}")


if __name__ == "__main__":
    app_token = os.environ["SLACK_APP_TOKEN"]
    log.info("starting socket mode, app token starts %s", app_token[:4])
    SocketModeHandler(app, app_token).start()
