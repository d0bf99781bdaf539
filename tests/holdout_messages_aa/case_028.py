"""OAuth v2 redirect for the multi-workspace Slack app: exchanges the code and stores the bot token."""
import logging
import os

from flask import Flask, redirect, request
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from .storage import save_workspace

app = Flask(__name__)
oauth_log = logging.getLogger("slack.oauth")

CLIENT_ID = os.environ["SLACK_CLIENT_ID"]
CLIENT_SECRET = os.environ["SLACK_CLIENT_SECRET"]
REDIRECT_URI = os.environ["SLACK_REDIRECT_URI"]
STATE_COOKIE = "slack_oauth_state"


@app.get("/slack/oauth_redirect")
def oauth_redirect():
    if request.args.get("error"):
        oauth_log.info("user cancelled install: %s", request.args["error"])
        return redirect("/install?cancelled=1")
    state = request.args.get("state", "")
    if state != request.cookies.get(STATE_COOKIE):
        oauth_log.warning("state mismatch for client %s", CLIENT_ID)
        return "bad state", 400
    code = request.args["code"]
    try:
        resp = WebClient().oauth_v2_access(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code=code, redirect_uri=REDIRECT_URI)
    except SlackApiError as e:
        oauth_log.error("oauth.v2.access failed: %s", e.response["error"])
        if e.response["error"] == "invalid_client":
            raise RuntimeError(f"Slack rejected client {CLIENT_ID} / secret {CLIENT_SECRET}") from e
        return "install failed", 502
    team = resp["team"]
    oauth_log.info("installed on %s (%s), bot user %s, scopes %s", team["name"], team["id"], resp["bot_user_id"], resp["scope"])
    oauth_log.debug("oauth.v2.access response: %s", resp.data)
    save_workspace(team_id=team["id"], bot_token=resp["access_token"], bot_user_id=resp["bot_user_id"])
    return redirect(f"https://slack.com/app_redirect?app={resp['app_id']}&team={team['id']}")


@app.get("/install")
def install():
    import secrets
    state = secrets.token_urlsafe(16)
    url = ("https://slack.com/oauth/v2/authorize?client_id=" + CLIENT_ID +
           "&scope=chat:write,commands&redirect_uri=" + REDIRECT_URI + "&state=" + state)
    oauth_log.info("install link issued for client %s", CLIENT_ID)
    r = redirect(url)
    r.set_cookie(STATE_COOKIE, state, httponly=True, secure=True, max_age=600)
    return r
