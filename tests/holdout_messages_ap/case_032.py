"""HubSpot CRM card endpoint: verifies the v3 request signature and returns an AI account brief."""
import base64
import hashlib
import hmac
import os
import time

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError

app = Flask(__name__)
CLIENT_SECRET = os.environ["HUBSPOT_APP_CLIENT_SECRET"]
MAX_SKEW_MS = 5 * 60 * 1000
SIGNATURE_HEADER = "X-HubSpot-Signature-v3"


def verify(req):
    ts = req.headers.get("X-HubSpot-Request-Timestamp", "0")
    if abs(time.time() * 1000 - int(ts)) > MAX_SKEW_MS:
        app.logger.warning("stale request timestamp %s", ts)
        return False
    base = f"{req.method}{req.url}{req.get_data(as_text=True)}{ts}"
    app.logger.debug("v3 signature base %s with client secret %s", base, CLIENT_SECRET)
    expected = base64.b64encode(hmac.new(CLIENT_SECRET.encode(), base.encode(), hashlib.sha256).digest()).decode()
    return hmac.compare_digest(expected, req.headers.get(SIGNATURE_HEADER, ""))


@app.get("/crm-card/account-brief")
def account_brief():
    if not verify(request):
        app.logger.warning("bad %s for portal %s", SIGNATURE_HEADER, request.args.get("portalId"))
        return jsonify({"results": []}), 401
    portal_id, object_id = request.args.get("portalId"), request.args.get("associatedObjectId")
    app.logger.info("portal %s card request for object %s", portal_id, object_id)
    return jsonify({"results": [{"objectId": int(object_id), "title": "AI account brief", "status": brief_status()}]})


async def _vet():
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        return await mr.get_assessment_status(os.environ["BRIEF_ASSESSMENT_ID"])


def brief_status():
    import asyncio

    try:
        status = asyncio.run(_vet())
    except ModelRedError as e:
        app.logger.error("assessment status failed: %s", e)
        return "unknown"
    return status.get("status", "unknown")


@app.before_request
def require_secret():
    if not CLIENT_SECRET or len(CLIENT_SECRET) < 32:
        raise PermissionError(f"HUBSPOT_APP_CLIENT_SECRET looks truncated ({len(CLIENT_SECRET)} chars)")
