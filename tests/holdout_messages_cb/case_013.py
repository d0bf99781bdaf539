"""E-signature envelope sender (DocuSign-style JWT grant) with an LLM cover-note writer."""
import logging
import os
import time

import jwt
import requests
from openai import OpenAI

log = logging.getLogger("esign.sender")

AUTH_HOST = "account-d.esign.example"
INTEGRATION_KEY = os.environ["ESIGN_INTEGRATION_KEY"]
USER_ID = os.environ["ESIGN_USER_ID"]
TOKEN_LIFETIME = 3600


def private_key() -> str:
    with open(os.environ["ESIGN_PRIVATE_KEY_PATH"], encoding="utf-8") as fh:
        return fh.read()


def get_access_token() -> str:
    now = int(time.time())
    signing_key = private_key()
    assertion = jwt.encode({"iss": INTEGRATION_KEY, "sub": USER_ID, "aud": AUTH_HOST,
                            "iat": now, "exp": now + TOKEN_LIFETIME, "scope": "signature"},
                           signing_key, algorithm="RS256")
    r = requests.post(f"https://{AUTH_HOST}/oauth/token",
                      data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion})
    if r.status_code != 200:
        log.error("JWT grant failed %s: %s", r.status_code, r.text)
        raise PermissionError(f"consent missing? grant signed with {signing_key}")
    body = r.json()
    log.info("token type=%s expires_in=%s", body["token_type"], body["expires_in"])
    return body["access_token"]


def cover_note(signer_name: str, doc_title: str) -> str:
    llm = OpenAI()
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=150,
                                      messages=[{"role": "user", "content":
                                                 f"Write a polite two-line note asking {signer_name} to sign {doc_title}."}])
    return out.choices[0].message.content


def send_envelope(account_id: str, signer: dict, pdf_b64: str, title: str) -> str:
    token = get_access_token()
    log.debug("sending with bearer %s", token)
    body = {"emailSubject": f"Please sign: {title}", "emailBlurb": cover_note(signer["name"], title),
            "documents": [{"documentBase64": pdf_b64, "name": title, "documentId": "1"}],
            "recipients": {"signers": [{**signer, "recipientId": "1"}]}, "status": "sent"}
    r = requests.post(f"https://demo.esign.example/restapi/v2.1/accounts/{account_id}/envelopes",
                      json=body, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    r.raise_for_status()
    envelope_id = r.json()["envelopeId"]
    log.info("envelope %s sent to %s (integration key %s)", envelope_id, signer["email"], INTEGRATION_KEY[:4])
    return envelope_id
