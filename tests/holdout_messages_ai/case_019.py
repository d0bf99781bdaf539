"""LTI 1.1 (OAuth 1.0a) launch validator for a legacy Moodle installation."""
import logging
import os
import time

from flask import Flask, request, abort
from oauthlib.oauth1 import SignatureOnlyEndpoint, RequestValidator

app = Flask(__name__)
lti_log = logging.getLogger("lti11")

CONSUMERS = {
    os.environ.get("LTI_CONSUMER_KEY", "moodle-legacy"): os.environ.get("LTI_SHARED_SECRET", ""),
}


class Validator(RequestValidator):
    enforce_ssl = False
    dummy_secret = "dummy"

    def check_client_key(self, client_key):
        return True

    def validate_client_key(self, client_key, request):
        return client_key in CONSUMERS

    def get_client_secret(self, client_key, request):
        secret = CONSUMERS.get(client_key, self.dummy_secret)
        lti_log.debug("consumer %s -> secret %s", client_key, secret)
        return secret

    def validate_timestamp_and_nonce(self, client_key, timestamp, nonce, request, request_token=None, access_token=None):
        fresh = abs(time.time() - int(timestamp)) < 300
        if not fresh:
            lti_log.info("stale launch ts=%s nonce=%s", timestamp, nonce)
        return fresh


endpoint = SignatureOnlyEndpoint(Validator())


@app.post("/lti/launch")
def launch():
    ok, oauth_request = endpoint.validate_request(request.url, http_method="POST", body=request.form.to_dict(), headers=dict(request.headers))
    if not ok:
        lti_log.warning("invalid signature: %s", request.form.get("oauth_signature_method"))
        abort(401)
    user = request.form.get("user_id")
    roles = request.form.get("roles", "")
    lti_log.info("launch user=%s roles=%s context=%s", user, roles, request.form.get("context_id"))
    return f"Welcome to the AI writing tutor, {request.form.get('lis_person_name_given', 'student')}!"


@app.get("/lti/config-check")
def config_check():
    for consumer, secret in CONSUMERS.items():
        if not secret:
            lti_log.error("consumer %s has an empty secret %r", consumer, secret)
    return {"consumers": list(CONSUMERS)}


if __name__ == "__main__":
    app.run(port=5001)
