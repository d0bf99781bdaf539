"""GroupMe bot for the fantasy league chat: '!trade A for B' gets an LLM verdict,
'!audit' asks ModelRed (0.1.3x) for the last red-team result of the verdict model."""
import logging
import os

import requests
from flask import Flask, request
from openai import OpenAI
import modelred

app = Flask(__name__)
bot_log = logging.getLogger("league.groupme")

GROUPME_POST = "https://api.groupme.com/v3/bots/post"
BOT_ID = os.environ["GROUPME_BOT_ID"]
ACCESS_TOKEN = os.environ.get("GROUPME_ACCESS_TOKEN", "")
LLM = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
VERDICT_MODEL = "trade-verdict-gpt4o"


def say(text: str) -> None:
    r = requests.post(GROUPME_POST, json={"bot_id": BOT_ID, "text": text[:990]}, timeout=10)
    bot_log.debug("posted %d chars -> HTTP %s", len(text), r.status_code)


def trade_verdict(offer: str) -> str:
    out = LLM.chat.completions.create(
        model="gpt-4o",
        max_tokens=200,
        messages=[{"role": "system", "content": "You judge fantasy football trades. Be blunt."}, {"role": "user", "content": offer}],
    )
    bot_log.info("verdict tokens: %s", out.usage.total_tokens)
    return out.choices[0].message.content


@app.post("/groupme/callback")
def callback():
    msg = request.get_json(force=True)
    if msg.get("sender_type") == "bot":
        return "", 204
    text = msg.get("text", "").strip()
    if text.startswith("!trade "):
        say(trade_verdict(text[7:]))
    elif text == "!audit":
        client = modelred.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
        try:
            model = client.get_model(VERDICT_MODEL)
            say(f"{VERDICT_MODEL}: last assessment {model.get('lastAssessmentStatus', 'none')}")
        except modelred.NotFoundError:
            say("verdict model is not registered with ModelRed yet")
        except modelred.ModelRedError as err:
            bot_log.exception("ModelRed lookup failed")
            say(f"audit failed: {err}")
    return "", 204


@app.get("/healthz")
def healthz():
    if not ACCESS_TOKEN:
        bot_log.warning("GROUPME_ACCESS_TOKEN missing, got %r", ACCESS_TOKEN)
    else:
        bot_log.debug("groupme access token %s", ACCESS_TOKEN)
    return {"bot": BOT_ID[:4], "ok": True}
