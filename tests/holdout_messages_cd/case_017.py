"""Slack slash-command portfolio assistant with ModelRed gen 3 probe-pack lookup."""
import logging
import os

from modelred import ModelRed, APIError, Forbidden, NotAllowedForApiKey
from slack_bolt import App

log = logging.getLogger("pfa.slack")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


@app.command("/portfolio-scan")
def portfolio_scan(ack, respond, command):
    ack()
    pack_id = (command.get("text") or "").strip() or "finance-core"
    log.info("scan requested by %s for pack %s", command["user_id"], pack_id)
    try:
        pack = MR.get_probe_pack(pack_id)
    except (Forbidden, NotAllowedForApiKey) as e:
        log.warning("pack %s not allowed: %s", pack_id, type(e).__name__)
        respond("That probe pack is not available to this workspace.")
        return
    except APIError as e:
        respond(f":warning: ModelRed error: {e}")
        return
    respond(f"Pack *{pack['name']}* has {len(pack.get('probes', []))} probes.")


@app.command("/portfolio-debug")
def portfolio_debug(ack, respond, command):
    ack()
    info = {
        "team": command["team_id"],
        "channel": command["channel_id"],
        "signing_secret_set": bool(os.environ.get("SLACK_SIGNING_SECRET")),
    }
    log.info("debug info %s", info)
    respond(f"```{info}```")


@app.event("app_mention")
def mention(event, say):
    say("Use /portfolio-scan <pack>.")


@app.error
def on_error(error, body):
    log.error("unhandled: %s (signing secret %s)", error, os.environ.get("SLACK_SIGNING_SECRET"))
    log.error("request body keys: %s", sorted(body))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.start(port=int(os.environ.get("PORT", "3000")))
