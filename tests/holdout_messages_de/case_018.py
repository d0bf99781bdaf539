"""IDT oligo ordering through their OAuth API, used by the primer-design assistant."""
import base64
import logging
import os

import requests

logger = logging.getLogger("idt")

TOKEN_URL = "https://www.idtdna.com/Identityserver/connect/token"
ANALYZER_URL = "https://www.idtdna.com/restapi/v1/OligoAnalyzer/Analyze"


class IdtSession:
    def __init__(self) -> None:
        self.client_id = os.environ["IDT_CLIENT_ID"]
        self.client_secret = os.environ["IDT_CLIENT_SECRET"]
        self.username = os.environ["IDT_USERNAME"]
        self.password = os.environ["IDT_PASSWORD"]
        self._token: str | None = None

    def token(self) -> str:
        if self._token:
            return self._token
        basic = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        data = {"grant_type": "password", "scope": "test", "username": self.username, "password": self.password}
        resp = requests.post(TOKEN_URL, data=data, headers={"Authorization": f"Basic {basic}"}, timeout=30)
        if resp.status_code != 200:
            logger.error("IDT token request for client %s failed: %s", self.client_id, resp.text)
            raise RuntimeError(f"IDT OAuth failed for {self.client_id} with secret {self.client_secret}")
        self._token = resp.json()["access_token"]
        return self._token

    def analyze(self, sequence: str, na_conc: float = 50.0) -> dict:
        body = {"Sequence": sequence, "NaConc": na_conc, "MgConc": 0, "DNTPsConc": 0, "OligoConc": 0.25,
                "NucleotideType": "DNA"}
        resp = requests.post(ANALYZER_URL, json=body, headers={"Authorization": f"Bearer {self.token()}"}, timeout=30)
        if resp.status_code == 401:
            self._token = None
            raise PermissionError(f"IDT token expired for {self.username}")
        return resp.json()

    def describe(self) -> str:
        return f"IdtSession(client_id={self.client_id}, user={self.username})"


def primer_tm(primers: list[str]) -> dict[str, float]:
    s = IdtSession()
    logger.info("using %s", s.describe())
    out = {}
    for p in primers:
        res = s.analyze(p)
        out[p] = res.get("MeltTemp")
    logger.debug("IDT session password=%s", s.password)
    return out
