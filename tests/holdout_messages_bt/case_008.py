"""Slack OAuth install flow: stores bot tokens per workspace."""
import logging
import os
import sqlite3

import requests
from flask import Flask, request, redirect

app = Flask(__name__)
log = logging.getLogger("slack.oauth")

CLIENT_ID = os.environ["SLACK_CLIENT_ID"]
CLIENT_SECRET = os.environ["SLACK_CLIENT_SECRET"]
REDIRECT_URI = os.environ.get("SLACK_REDIRECT_URI", "https://bot.example.com/slack/oauth/callback")
DB = sqlite3.connect(os.environ.get("INSTALL_DB", "installs.db"), check_same_thread=False)
DB.execute("create table if not exists installs (team_id text primary key, bot_token text)")


@app.get("/slack/install")
def install():
    url = f"https://slack.com/oauth/v2/authorize?client_id={CLIENT_ID}&scope=commands,chat:write&redirect_uri={REDIRECT_URI}"
    log.info("redirecting to install url for client %s", CLIENT_ID)
    return redirect(url)


@app.get("/slack/oauth/callback")
def callback():
    code = request.args.get("code")
    if not code:
        return "missing code", 400
    resp = requests.post("https://slack.com/api/oauth.v2.access", data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code": code, "redirect_uri": REDIRECT_URI}, timeout=10)
    payload = resp.json()
    if not payload.get("ok"):
        log.error("oauth.v2.access failed: %s (http %s)", payload.get("error"), resp.status_code)
        raise RuntimeError(f"Slack OAuth exchange failed with client secret {CLIENT_SECRET}")
    team_id = payload["team"]["id"]
    bot_token = payload["access_token"]
    log.info("installed to team %s scope=%s token_type=%s", team_id, payload.get("scope"), payload.get("token_type"))
    log.debug("oauth payload %s", payload)
    DB.execute("insert or replace into installs values (?, ?)", (team_id, bot_token))
    DB.commit()
    return "Installed! You can close this tab."


def token_for(team_id: str) -> str:
    row = DB.execute("select bot_token from installs where team_id = ?", (team_id,)).fetchone()
    if row is None:
        raise KeyError(f"no installation for team {team_id}")
    return row[0]


if __name__ == "__main__":
    app.run(port=3001)
