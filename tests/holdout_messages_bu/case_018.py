"""Slack bot for the red team: /recon <ip> runs GreyNoise + an LLM summary."""
import logging
import os

import requests
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRed, ModelRedError

bolt_log = logging.getLogger("redteam.slack")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
GN_KEY = os.environ["GREYNOISE_API_KEY"]
MR_KEY = os.environ["MODELRED_API_KEY"]


def greynoise(ip):
    r = requests.get(f"https://api.greynoise.io/v3/community/{ip}", headers={"key": GN_KEY}, timeout=10)
    bolt_log.info("greynoise %s -> %s", ip, r.status_code)
    return r.json()


@app.command("/recon")
def recon(ack, respond, command):
    ack()
    ip = command["text"].strip()
    data = greynoise(ip)
    respond(f"*{ip}*: {data.get('classification', 'unknown')} / {data.get('name', '-')}")


@app.command("/redteam")
def redteam(ack, respond, command):
    ack()
    model_id = command["text"].strip()
    try:
        with ModelRed(MR_KEY) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["prompt-injection"])
    except ModelRedError as e:
        bolt_log.warning("assessment for %s failed: %r", model_id, e)
        respond(f":x: ModelRed said: {e}")
        return
    respond(f"started assessment `{job['id']}` for {model_id}")


@app.command("/botinfo")
def botinfo(ack, respond):
    ack()
    respond(f"greynoise key configured: {'yes' if GN_KEY else 'no'}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app_token = os.environ["SLACK_APP_TOKEN"]
    bolt_log.info("socket mode with app token %s", app_token)
    bolt_log.info("app token env var: SLACK_APP_TOKEN")
    SocketModeHandler(app, app_token).start()
