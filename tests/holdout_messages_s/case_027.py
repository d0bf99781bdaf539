"""Slack slash command `/redteam <model> [packs...]` for the security channel (Bolt)."""
import logging
import os

from slack_bolt import App

from modelred import ModelRed, APIError, NotFound, LimitExceeded

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("slack.redteam")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
app = App(token=SLACK_BOT_TOKEN, signing_secret=os.environ["SLACK_SIGNING_SECRET"])
log.info("slack app starting with bot token %s", SLACK_BOT_TOKEN)
log.info("bot token type %s", SLACK_BOT_TOKEN.split("-", 1)[0])


def modelred() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)


@app.command("/redteam")
def redteam(ack, respond, command):
    ack()
    parts = (command.get("text") or "").split()
    if not parts:
        respond("usage: /redteam <model-id> [pack ...]")
        return
    model_id, packs = parts[0], parts[1:] or ["core"]
    try:
        with modelred() as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except NotFound:
        respond(f"No model `{model_id}` in ModelRed.")
        return
    except LimitExceeded as e:
        log.warning("quota: %s", e)
        respond("The team's assessment quota is used up this month.")
        return
    except APIError as e:
        respond(f"ModelRed error: {e}")
        return
    respond(f"Started assessment `{job['id']}` on `{model_id}` ({', '.join(packs)}).")


@app.command("/redteam-status")
def status(ack, respond, command):
    ack()
    aid = (command.get("text") or "").strip()
    with modelred() as client:
        try:
            a = client.get_assessment(aid)
        except APIError as e:
            respond(f"Lookup failed ({type(e).__name__}).")
            return
    respond(f"`{aid}`: {a['status']}, score {a.get('score')}")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", "3000")))
