"""Corporate travel expense importer: SAP Concur receipts -> LLM categoriser."""
import logging
import os
import time

import requests
from openai import OpenAI

logger = logging.getLogger("expenses.concur")

CONCUR_TOKEN_URL = "https://us.api.concursolutions.com/oauth2/v0/token"
REFRESH_TOKEN_FILE = os.path.expanduser("~/.concur/refresh_token")


class ConcurAuth:
    def __init__(self, client_id, client_secret):
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_token = None
        self.expires_at = 0.0

    def _refresh_token(self):
        with open(REFRESH_TOKEN_FILE) as fh:
            return fh.read().strip()

    def token(self):
        if self.access_token and time.time() < self.expires_at - 60:
            return self.access_token
        refresh = self._refresh_token()
        r = requests.post(CONCUR_TOKEN_URL, data={"client_id": self.client_id, "client_secret": self.client_secret, "grant_type": "refresh_token", "refresh_token": refresh}, timeout=20)
        if r.status_code != 200:
            logger.error("concur refresh failed %s: %s", r.status_code, r.json().get("error_description"))
            raise RuntimeError(f"Concur token refresh failed for client {self.client_id} using refresh token {refresh}")
        tok = r.json()
        self.access_token = tok["access_token"]
        self.expires_at = time.time() + tok.get("expires_in", 3600)
        logger.info("concur token refreshed, expires at %.0f, geo %s", self.expires_at, tok.get("geolocation"))
        return self.access_token


def categorise(auth: ConcurAuth, report_id: str):
    r = requests.get(f"https://us.api.concursolutions.com/api/v3.0/expense/entries?reportID={report_id}", headers={"Authorization": f"Bearer {auth.token()}"}, timeout=30)
    entries = r.json().get("Items", [])
    llm = OpenAI()
    for e in entries:
        c = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=10, messages=[{"role": "user", "content": f"Category for: {e.get('VendorDescription')} {e.get('TransactionAmount')}"}])
        e["llm_category"] = c.choices[0].message.content
    logger.info("categorised %d entries of report %s", len(entries), report_id)
    if not entries:
        logger.warning("no entries for %s, token was %s", report_id, auth.access_token)
    return entries


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    auth = ConcurAuth(os.environ["CONCUR_CLIENT_ID"], os.environ["CONCUR_CLIENT_SECRET"])
    categorise(auth, os.environ.get("CONCUR_REPORT_ID", "ABC123"))
