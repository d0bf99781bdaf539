"""Offer-letter drafting service: DocuSign JWT auth + LLM drafting."""
import logging
import os
import time

import jwt
import requests

log = logging.getLogger("offers.docusign")

DS_AUTH = "https://account-d.docusign.com"
INTEGRATION_KEY = os.environ.get("DOCUSIGN_INTEGRATION_KEY", "")
USER_ID = os.environ.get("DOCUSIGN_USER_ID", "")
PRIVATE_KEY_PATH = os.environ.get("DOCUSIGN_PRIVATE_KEY_PATH", "/etc/offers/docusign.pem")


def _assertion() -> str:
    with open(PRIVATE_KEY_PATH) as fh:
        private_key = fh.read()
    now = int(time.time())
    claims = {"iss": INTEGRATION_KEY, "sub": USER_ID, "aud": "account-d.docusign.com", "iat": now, "exp": now + 3600, "scope": "signature impersonation"}
    log.debug("jwt for user %s, scope %s, key file %s", USER_ID, claims["scope"], PRIVATE_KEY_PATH)
    return jwt.encode(claims, private_key, algorithm="RS256")


def access_token() -> str:
    assertion = _assertion()
    r = requests.post(f"{DS_AUTH}/oauth/token", data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion}, timeout=20)
    if r.status_code != 200:
        log.error("docusign token: %s %s", r.status_code, r.json().get("error"))
        raise RuntimeError(f"DocuSign rejected JWT grant for user {USER_ID}: {r.status_code}")
    tok = r.json()
    log.info("docusign token type %s expires in %s", tok.get("token_type"), tok.get("expires_in"))
    return tok["access_token"]


def send_offer(account_id: str, candidate_email: str, pdf_b64: str) -> str:
    token = access_token()
    env = {"emailSubject": "Your offer from Acme", "documents": [{"documentBase64": pdf_b64, "name": "Offer", "fileExtension": "pdf", "documentId": "1"}], "recipients": {"signers": [{"email": candidate_email, "name": candidate_email, "recipientId": "1"}]}, "status": "sent"}
    r = requests.post(f"https://demo.docusign.net/restapi/v2.1/accounts/{account_id}/envelopes", json=env, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    log.info("envelope for %s: %s", candidate_email, r.status_code)
    if r.status_code == 401:
        raise PermissionError(f"DocuSign refused bearer {token} for account {account_id}")
    r.raise_for_status()
    return r.json()["envelopeId"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print("integration key configured:", bool(INTEGRATION_KEY))
    print("token", access_token())
