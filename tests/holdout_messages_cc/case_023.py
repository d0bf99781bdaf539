"""Tutor-bot gateway: Slack slash command /tutor, ModelRed generation 3 audit on demand."""
import logging
import os

from modelred import APIError, LimitExceeded, ModelRed, RateLimited
from slack_bolt import App

bolt = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
slack_log = logging.getLogger("tutor.slack")

RETRYABLE = (RateLimited, LimitExceeded)
MR_KEY = os.environ["MODELRED_API_KEY"]


@bolt.command("/tutor-audit")
def tutor_audit(ack, respond, command):
    ack()
    model_id = command["text"].strip() or "tutor-default"
    slack_log.info("audit requested by %s for %s", command["user_id"], model_id)
    try:
        with ModelRed(MR_KEY, max_retries=1) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
    except RETRYABLE as e:
        respond(f"ModelRed is throttling us: {e}")
        return
    except APIError as e:
        slack_log.error("audit failed %s %s", type(e).__name__, getattr(e, "status_code", None))
        respond("Audit failed. The course team has been notified.")
        return
    respond(f"Audit {a['id']} started for {model_id}")


@bolt.command("/tutor-status")
def tutor_status(ack, respond, command):
    ack()
    try:
        with ModelRed(MR_KEY) as mr:
            page = mr.list_assessments(limit=5)
    except APIError as err:
        respond(text=str(err))
        return
    lines = [f"{x['id']}: {x['status']}" for x in page.get("data", [])]
    respond("\n".join(lines) or "no assessments")


@bolt.event("app_mention")
def mention(event, say):
    slack_log.debug("mention in %s", event["channel"])
    say("Use /tutor-audit <model> or /tutor-status")


if __name__ == "__main__":
    slack_log.info("starting with bot token %s", os.environ["SLACK_BOT_TOKEN"])
    bolt.start(port=int(os.environ.get("PORT", "3000")))
