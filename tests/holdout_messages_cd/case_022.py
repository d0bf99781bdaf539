"""OANDA v20 forex client (class-heavy) with per-account tokens."""
import logging
from typing import Optional

import requests

log = logging.getLogger("oanda")

PRACTICE = "https://api-fxpractice.oanda.com/v3"
LIVE = "https://api-fxtrade.oanda.com/v3"


class OandaError(Exception):
    pass


class OandaClient:
    def __init__(self, account_id: str, token: str, live: bool = False):
        self.account_id = account_id
        self._token = token
        self.base = LIVE if live else PRACTICE
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        log.info("oanda %s account %s", "live" if live else "practice", account_id)

    def _get(self, path: str, params: Optional[dict] = None):
        r = self.session.get(f"{self.base}{path}", params=params, timeout=10)
        if r.status_code == 401:
            raise OandaError(f"unauthorized for account {self.account_id}")
        if r.status_code >= 400:
            raise OandaError(f"{path} -> {r.status_code}: {r.json().get('errorMessage')}")
        return r.json()

    def pricing(self, *instruments: str):
        return self._get(f"/accounts/{self.account_id}/pricing", {"instruments": ",".join(instruments)})

    def dump_session(self):
        log.debug("session headers: %s", self.session.headers)

    def switch_token(self, new_token: str):
        if new_token == self._token:
            raise OandaError(f"token {new_token} is already active")
        self._token = new_token
        self.session.headers["Authorization"] = f"Bearer {new_token}"


def from_env():
    import os
    acct = os.environ["OANDA_ACCOUNT_ID"]
    tok = os.environ["OANDA_TOKEN"]
    return OandaClient(acct, tok, live=os.getenv("OANDA_LIVE") == "1")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = from_env()
    print(c.pricing("EUR_USD", "USD_JPY"))
