"""Send the signed-deal jacket (buyer's order, retail installment contract) through DocuSign."""
import logging
import time

import jwt
import requests

fi_log = logging.getLogger("fi.docusign")


class DealJacketSender:
    AUTH_HOST = "account-d.docusign.com"
    TOKEN_TTL_SECONDS = 3600

    def __init__(self, integration_key: str, user_id: str, private_key_pem: str, account_id: str):
        self.integration_key = integration_key
        self.user_id = user_id
        self.private_key_pem = private_key_pem
        self.account_id = account_id
        self.access_token = None
        self.base_uri = None

    def _assertion(self) -> str:
        now = int(time.time())
        claims = {"iss": self.integration_key, "sub": self.user_id, "aud": self.AUTH_HOST, "iat": now, "exp": now + self.TOKEN_TTL_SECONDS, "scope": "signature impersonation"}
        return jwt.encode(claims, self.private_key_pem, algorithm="RS256")

    def login(self) -> None:
        r = requests.post(f"https://{self.AUTH_HOST}/oauth/token", data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": self._assertion()})
        body = r.json()
        if "error" in body:
            fi_log.error("docusign jwt grant: %s (%s) for user %s", body["error"], r.status_code, self.user_id)
            raise RuntimeError("docusign consent required for user " + self.user_id)
        self.access_token = body["access_token"]
        fi_log.info("docusign token type=%s expires_in=%s", body["token_type"], body["expires_in"])
        info = requests.get(f"https://{self.AUTH_HOST}/oauth/userinfo", headers={"Authorization": f"Bearer {self.access_token}"}).json()
        self.base_uri = info["accounts"][0]["base_uri"]

    def send(self, deal_no: str, buyer_email: str, buyer_name: str, pdf_b64: str) -> str:
        if not self.access_token:
            self.login()
        envelope = {
            "emailSubject": f"Deal {deal_no}: documents to sign",
            "documents": [{"documentBase64": pdf_b64, "name": "Deal jacket", "fileExtension": "pdf", "documentId": "1"}],
            "recipients": {"signers": [{"email": buyer_email, "name": buyer_name, "recipientId": "1"}]},
            "status": "sent",
        }
        url = f"{self.base_uri}/restapi/v2.1/accounts/{self.account_id}/envelopes"
        r = requests.post(url, json=envelope, headers={"Authorization": f"Bearer {self.access_token}"})
        if r.status_code == 401:
            fi_log.warning("envelope for deal %s refused, token was %s", deal_no, self.access_token)
            self.access_token = None
            raise PermissionError(f"DocuSign rejected the bearer token {self.access_token}")
        r.raise_for_status()
        fi_log.info("envelope %s sent for deal %s (account %s)", r.json()["envelopeId"], deal_no, self.account_id)
        return r.json()["envelopeId"]
