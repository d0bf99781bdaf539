"""CrowdStrike Falcon detections -> LLM summary for the morning SOC brief."""
import logging
import os
import time

import requests
from openai import OpenAI

log = logging.getLogger("falcon_brief")

FALCON_BASE = os.environ.get("FALCON_BASE_URL", "https://api.eu-1.crowdstrike.com")


class FalconClient:
    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self._client_secret = client_secret
        self._token = None
        self._expires_at = 0.0

    def _auth(self) -> str:
        if self._token and time.time() < self._expires_at - 60:
            return self._token
        r = requests.post(f"{FALCON_BASE}/oauth2/token",
                          data={"client_id": self.client_id, "client_secret": self._client_secret}, timeout=10)
        if r.status_code != 201:
            raise RuntimeError(f"Falcon OAuth failed for client {self.client_id}: {r.status_code}")
        body = r.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + body["expires_in"]
        log.info("falcon token type=%s expires_in=%s", body["token_type"], body["expires_in"])
        log.debug("falcon bearer %s", self._token)
        return self._token

    def recent_detections(self, hours: int = 12) -> list[dict]:
        h = {"Authorization": f"Bearer {self._auth()}"}
        ids = requests.get(f"{FALCON_BASE}/detects/queries/detects/v1", headers=h,
                           params={"filter": f"last_behavior:>'now-{hours}h'"}, timeout=10).json()["resources"]
        if not ids:
            return []
        return requests.post(f"{FALCON_BASE}/detects/entities/summaries/GET/v1", headers=h,
                             json={"ids": ids}, timeout=10).json()["resources"]

    def __repr__(self) -> str:
        return f"FalconClient(client_id={self.client_id!r}, base={FALCON_BASE!r})"


def morning_brief() -> str:
    falcon = FalconClient(os.environ["FALCON_CLIENT_ID"], os.environ["FALCON_CLIENT_SECRET"])
    log.info("using %r", falcon)
    dets = falcon.recent_detections()
    llm = OpenAI()
    lines = "\n".join(f"{d['device']['hostname']}: {d['max_severity_displayname']} {d['behaviors'][0]['tactic']}" for d in dets)
    out = llm.chat.completions.create(model="gpt-4o", max_tokens=600,
                                      messages=[{"role": "user", "content": f"Write a SOC morning brief:\n{lines}"}])
    log.info("brief used %s tokens", out.usage.total_tokens)
    return out.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(morning_brief())
