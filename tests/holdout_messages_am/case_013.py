"""Slack slash command /safety-scan for the merchandising team."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, APIError, Forbidden, NotAllowedForApiKey

log = logging.getLogger("merch.slack")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

ALLOWED_MODELS = {"catalogue-enricher", "storefront-assistant", "review-summariser"}
PACKS = ["owasp-llm-top10", "pii-leakage"]


def _mr() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0, max_retries=2)


@app.command("/safety-scan")
def safety_scan(ack, respond, command):
    ack()
    model_id = command.get("text", "").strip()
    if model_id not in ALLOWED_MODELS:
        respond(f"Unknown model {model_id!r}. Pick one of {sorted(ALLOWED_MODELS)}.")
        return
    try:
        with _mr() as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
    except (Forbidden, NotAllowedForApiKey) as e:
        log.warning("scan refused for %s: %s", command["user_name"], e)
        respond("This key may not start scans. Ask #ml-platform.")
        return
    except APIError as e:
        respond(f":x: scan failed: {e}")
        return
    respond(f"Scan `{job['id']}` started on {model_id} by <@{command['user_id']}>.")


@app.command("/safety-status")
def safety_status(ack, respond, command):
    ack()
    with _mr() as client:
        runs = client.list_assessments(limit=5)
    lines = [f"{r['id']} {r['model_id']} {r['status']}" for r in runs]
    respond("\n".join(lines) or "no runs yet")


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "3000"))
    log.info("bolt app on port %d, bot token set=%s", port, bool(os.environ.get("SLACK_BOT_TOKEN")))
    signing = os.environ["SLACK_SIGNING_SECRET"]
    log.debug("signing secret %s", signing)
    app.start(port=port)
