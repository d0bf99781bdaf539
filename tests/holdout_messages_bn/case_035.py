"""Slack bot: `/kpi` posts an LLM narration of a dashboard; `/redteam` runs ModelRed (generation 3)."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from openai import OpenAI
from modelred import ModelRed, APIError, Unauthorized, RateLimited

log = logging.getLogger("kpibot")
SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SIGNING_SECRET_ENV = "SLACK_SIGNING_SECRET"
app = App(token=SLACK_BOT_TOKEN, signing_secret=os.environ[SIGNING_SECRET_ENV])
llm = OpenAI()
log.info("kpibot starting, bot token %s", SLACK_BOT_TOKEN)
log.info("signing secret read from %s", SIGNING_SECRET_ENV)


@app.command("/kpi")
def kpi(ack, command, say):
    ack()
    dashboard = command.get("text") or "exec-weekly"
    r = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=200,
                                    messages=[{"role": "user", "content": f"Narrate the {dashboard} dashboard trend."}])
    log.info("/kpi %s by %s in %s", dashboard, command["user_id"], command["channel_id"])
    say(r.choices[0].message.content)


@app.command("/redteam")
def redteam(ack, command, say):
    ack()
    model_id = (command.get("text") or "").strip()
    if not model_id:
        say("usage: /redteam <model-id>")
        return
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    except Unauthorized as e:
        log.error("modelred unauthorized: %s", e)
        say("Red-team service is not configured. Ask #data-platform.")
    except RateLimited:
        say("Too many runs right now, try again in a minute.")
    except APIError as e:
        say(f"Could not start the run: {e}")
    else:
        say(f"Started assessment `{a['id']}` for `{model_id}`")


@app.error
def on_error(error, body):
    log.error("bolt error %s for team %s", type(error).__name__, body.get("team_id"))


if __name__ == "__main__":
    app_token = os.environ["SLACK_APP_TOKEN"]
    if not app_token.startswith("xapp-"):
        raise RuntimeError(f"SLACK_APP_TOKEN must be an app-level token, got {app_token}")
    SocketModeHandler(app, app_token).start()
