"""Typeform webhook receiver: verifies the signature, stores answers for open-text coding."""
import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
hook_log = logging.getLogger("typeform.webhook")

TYPEFORM_SECRET = os.environ["TYPEFORM_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "Typeform-Signature"


def expected_signature(body: bytes) -> str:
    digest = hmac.new(TYPEFORM_SECRET.encode(), body, hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode()


@app.post("/hooks/typeform")
def typeform_hook():
    body = request.get_data()
    got = request.headers.get(SIGNATURE_HEADER, "")
    want = expected_signature(body)
    if not hmac.compare_digest(got, want):
        hook_log.warning("signature mismatch: got %s, secret %s", got, TYPEFORM_SECRET)
        hook_log.warning("rejected webhook, header %s had %d chars", SIGNATURE_HEADER, len(got))
        abort(403)
    payload = json.loads(body)
    form_id = payload["form_response"]["form_id"]
    answers = payload["form_response"].get("answers", [])
    hook_log.info("form %s: %d answers, landed %s", form_id, len(answers), payload["form_response"].get("landed_at"))
    with open(f"/data/typeform/{form_id}.jsonl", "a") as fh:
        fh.write(json.dumps(payload["form_response"]) + "\n")
    return {"stored": len(answers)}


def rotate_secret(new_secret: str) -> None:
    global TYPEFORM_SECRET
    if not new_secret:
        raise ValueError(f"empty webhook secret given: {new_secret!r}")
    if len(new_secret) < 16:
        raise ValueError(f"webhook secret {new_secret} is too short")
    TYPEFORM_SECRET = new_secret
    hook_log.info("webhook secret rotated (sha256 %s)", hashlib.sha256(new_secret.encode()).hexdigest()[:8])


if __name__ == "__main__":
    app.run(port=8085)
