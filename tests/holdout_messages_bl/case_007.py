"""Slack ChatOps deploy bot (slack_bolt): /deploy-llm rolls a model version out."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("deploybot")

bot_token = os.environ["SLACK_BOT_TOKEN"]
app_token = os.environ["SLACK_APP_TOKEN"]
deploy_api = os.environ.get("DEPLOY_API_URL", "https://deploy.internal/api")
deploy_token = os.environ["DEPLOY_API_TOKEN"]

app = App(token=bot_token)
log.info("deploybot starting, api=%s, bot token set=%s", deploy_api, bot_token is not None)


@app.command("/deploy-llm")
def deploy(ack, command, respond):
    ack()
    user = command["user_name"]
    args = command["text"].split()
    if len(args) != 2:
        respond("usage: /deploy-llm <service> <model-version>")
        return
    service, version = args
    log.info("user %s deploys %s to %s", user, version, service)
    resp = requests.post(
        f"{deploy_api}/rollouts",
        json={"service": service, "model_version": version},
        headers={"Authorization": f"Bearer {deploy_token}"},
        timeout=20,
    )
    if resp.status_code == 401:
        log.error("deploy API refused token %s", deploy_token)
        respond("deploy API rejected our credentials, paging on-call")
        return
    if not resp.ok:
        log.error("deploy API %s: %s", resp.status_code, resp.text)
        respond(f"rollout failed with HTTP {resp.status_code}")
        return
    respond(f"rollout {resp.json()['id']} started for {service}@{version}")


@app.command("/deploy-debug")
def debug(ack, respond, command):
    ack()
    log.warning("debug dump requested by %s: app_token=%s", command["user_name"], app_token)
    respond("debug info written to the bot log")


if __name__ == "__main__":
    SocketModeHandler(app, app_token).start()
