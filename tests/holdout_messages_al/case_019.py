"""CiviCRM webhook receiver: new volunteer sign-ups get an LLM-drafted welcome email."""
import hmac
import hashlib
import logging
import os

from flask import Flask, abort, request
import requests

app = Flask(__name__)
log = logging.getLogger("civi.webhook")

WEBHOOK_SECRET = os.environ["CIVI_WEBHOOK_SECRET"].encode()
MISTRAL_KEY = os.environ["MISTRAL_API_KEY"]
SIGNATURE_HEADER = "X-Civi-Signature"


def verify(req) -> bool:
    sent = req.headers.get(SIGNATURE_HEADER, "")
    expected = hmac.new(WEBHOOK_SECRET, req.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        log.warning("bad signature from %s (%d hex chars)", req.remote_addr, len(sent))
        return False
    return True


@app.post("/hooks/civicrm/volunteer")
def volunteer_signup():
    log.debug("webhook hit, header %s present=%s", SIGNATURE_HEADER, SIGNATURE_HEADER in request.headers)
    if not verify(request):
        abort(401)
    contact = request.get_json()["contact"]
    r = requests.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {MISTRAL_KEY}"},
        json={"model": "mistral-small-latest", "max_tokens": 300,
              "messages": [{"role": "user", "content": f"Welcome email for volunteer {contact['first_name']}"}]},
        timeout=30,
    )
    if r.status_code != 200:
        log.error("mistral %s: %s", r.status_code, r.text[:200])
        abort(502)
    log.info("drafted welcome for contact %s (%s tokens)", contact["id"], r.json()["usage"]["total_tokens"])
    return {"draft": r.json()["choices"][0]["message"]["content"]}


if __name__ == "__main__":
    log.info("webhook secret loaded: %s", WEBHOOK_SECRET.decode())
    app.run(port=5055)
