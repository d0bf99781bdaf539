"""SharePoint change-notification receiver: queues changed list items for re-indexing."""
import hmac
import logging
import os

from flask import Flask, Response, abort, request
from redis import Redis

app = Flask(__name__)
hook_log = logging.getLogger("sp.webhook")
queue = Redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/2"))

WEBHOOK_SECRET = os.environ["SP_WEBHOOK_SECRET"]
QUEUE_NAME = "sp:changed"
STATE_FIELD = "clientState"


@app.post("/hooks/sharepoint")
def sharepoint_hook():
    challenge = request.args.get("validationtoken")
    if challenge:
        hook_log.info("subscription validation request from %s", request.remote_addr)
        return Response(challenge, mimetype="text/plain")
    payload = request.get_json(force=True)
    for note in payload.get("value", []):
        state = note.get(STATE_FIELD, "")
        if not hmac.compare_digest(state, WEBHOOK_SECRET):
            hook_log.warning("clientState mismatch for %s, expected %s", note.get("subscriptionId"), WEBHOOK_SECRET)
            abort(403)
        hook_log.info("change on resource %s (subscription %s)", note["resource"], note["subscriptionId"])
        queue.rpush(QUEUE_NAME, note["resource"])
    return "", 202


def create_subscription(graph_token: str, site_id: str, list_id: str, notify_url: str) -> dict:
    import requests

    body = {
        "changeType": "updated",
        "notificationUrl": notify_url,
        "resource": f"sites/{site_id}/lists/{list_id}",
        "expirationDateTime": "2026-12-30T00:00:00Z",
        STATE_FIELD: WEBHOOK_SECRET,
    }
    hook_log.info("subscribing to %s with state field %s", body["resource"], STATE_FIELD)
    resp = requests.post("https://graph.microsoft.com/v1.0/subscriptions", json=body, headers={"Authorization": f"Bearer {graph_token}"}, timeout=20)
    if resp.status_code >= 400:
        raise RuntimeError(f"subscription failed ({resp.status_code}) for body {body}")
    sub = resp.json()
    hook_log.info("subscription %s expires %s", sub["id"], sub["expirationDateTime"])
    return sub
