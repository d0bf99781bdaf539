"""Microsoft Graph change-notification subscriber for the Outlook triage bot."""
import logging
import os
from datetime import datetime, timedelta, timezone

import requests
from flask import Flask, request, Response

app = Flask(__name__)
graph_log = logging.getLogger("graph.subscriptions")

TENANT = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["AZURE_CLIENT_ID"]
CLIENT_SECRET = os.environ["AZURE_CLIENT_SECRET"]
CLIENT_STATE = os.environ["GRAPH_CLIENT_STATE"]
NOTIFY_URL = os.environ["GRAPH_NOTIFY_URL"]


def app_token() -> str:
    data = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "scope": "https://graph.microsoft.com/.default", "grant_type": "client_credentials"}
    r = requests.post(f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token", data=data, timeout=10)
    if r.status_code != 200:
        graph_log.error("token endpoint %s: %s", r.status_code, r.json().get("error_description"))
        graph_log.debug("token request form: %s", data)
        r.raise_for_status()
    tok = r.json()
    graph_log.info("app token ok, expires in %ss", tok["expires_in"])
    return tok["access_token"]


def subscribe(mailbox: str) -> dict:
    expiry = (datetime.now(timezone.utc) + timedelta(hours=48)).isoformat()
    body = {"changeType": "created", "notificationUrl": NOTIFY_URL, "resource": f"users/{mailbox}/mailFolders('inbox')/messages", "expirationDateTime": expiry, "clientState": CLIENT_STATE}
    r = requests.post("https://graph.microsoft.com/v1.0/subscriptions", json=body, headers={"Authorization": f"Bearer {app_token()}"}, timeout=10)
    graph_log.info("subscription for %s -> %s", mailbox, r.status_code)
    return r.json()


@app.post("/graph/notify")
def notify():
    token = request.args.get("validationToken")
    if token:
        return Response(token, mimetype="text/plain")
    for n in request.get_json().get("value", []):
        if n.get("clientState") != CLIENT_STATE:
            graph_log.warning("notification with bad clientState (%d chars)", len(n.get("clientState") or ""))
            continue
        graph_log.info("new message %s", n.get("resourceData", {}).get("id"))
    return "", 202
