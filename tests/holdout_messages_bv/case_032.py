"""Docs add-on (Workspace add-on, Cloud Run): card actions for summarising a Doc."""
import logging
import os

from flask import Flask, request, jsonify
from googleapiclient.discovery import build
from google.oauth2.credentials import Credentials
from modelred import ModelRed, APIError, ValidationFailed

app = Flask(__name__)
log = logging.getLogger("docs_addon")


def notify(text: str):
    return jsonify({"renderActions": {"action": {"notification": {"text": text}}}})


@app.post("/card/scan-doc")
def scan_doc():
    event = request.get_json()
    user_token = event["authorizationEventObject"]["userOAuthToken"]
    doc_id = event["docs"]["id"]
    log.info("scan doc %s for user %s", doc_id, event.get("userLocale"))
    log.debug("event keys %s", sorted(event))
    creds = Credentials(token=user_token)
    docs = build("docs", "v1", credentials=creds)
    try:
        doc = docs.documents().get(documentId=doc_id).execute()
    except Exception as exc:
        log.error("docs.get failed for token %s: %s", user_token, exc)
        return notify("Could not read the document")
    text = "".join(e.get("textRun", {}).get("content", "")
                   for c in doc["body"]["content"] for e in c.get("paragraph", {}).get("elements", []))
    mr = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        a = mr.create_assessment(model_id=event.get("modelId", "doc-bot"), probe_pack_ids=["pp_pii"])
    except ValidationFailed:
        return notify("That model id is not valid")
    except APIError as err:
        return notify(f"ModelRed error: {err}")
    log.info("doc length %d chars, assessment %s", len(text), a.get("id"))
    return notify("Scan queued")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
