"""Dropbox Sign embedded signing for client portal engagement letters."""
import logging
import os

from dropbox_sign import ApiClient, ApiException, Configuration, apis, models
from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError

app = Flask(__name__)
log = logging.getLogger("portal.esign")

DS_CLIENT_ID = os.environ.get("DROPBOX_SIGN_CLIENT_ID", "")
DS_API_KEY = os.environ["DROPBOX_SIGN_API_KEY"]
configuration = Configuration(username=DS_API_KEY)


@app.post("/portal/sign-url")
def sign_url():
    body = request.get_json(force=True)
    with ApiClient(configuration) as api_client:
        sig_api = apis.SignatureRequestApi(api_client)
        emb_api = apis.EmbeddedApi(api_client)
        try:
            req = models.SignatureRequestCreateEmbeddedRequest(
                client_id=DS_CLIENT_ID, title=body["title"], subject="Engagement letter",
                signers=[models.SubSignatureRequestSigner(email_address=body["email"], name=body["name"], order=0)],
                file_urls=[body["file_url"]], test_mode=True)
            sr = sig_api.signature_request_create_embedded(req)
            sig_id = sr.signature_request.signatures[0].signature_id
            url = emb_api.embedded_sign_url(sig_id).embedded.sign_url
        except ApiException as e:
            log.error("Dropbox Sign error %s: %s", e.status, e.body)
            return jsonify({"error": "signing unavailable"}), 502
    log.info("sign url issued for %s (client id %s)", body["email"], DS_CLIENT_ID)
    return jsonify({"sign_url": url, "client_id": DS_CLIENT_ID})


@app.post("/portal/assistant/vet")
def vet_assistant():
    mr_client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        res = mr_client.create_assessment(model="portal-assistant", test_types=["prompt_injection"])
    except ModelRedError as err:
        log.warning("vetting portal assistant failed: %r", err)
        return jsonify({"ok": False, "reason": repr(err)}), 502
    return jsonify({"ok": True, "assessment": res.get("id")})


@app.get("/portal/esign/debug")
def debug():
    if not app.debug:
        return jsonify({}), 404
    log.debug("dropbox sign api key=%s host=%s", DS_API_KEY, configuration.host)
    return jsonify({"host": configuration.host, "client_id": DS_CLIENT_ID})
