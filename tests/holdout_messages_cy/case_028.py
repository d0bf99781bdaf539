"""Virtual data room sync for M&A due diligence: mirrors new VDR documents into the review queue."""
import json
import logging
import os
import pathlib
import time

import requests

logger = logging.getLogger("vdr.sync")

STATE = pathlib.Path(".vdr_state.json")


class VdrClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, project_id: str):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.project_id = project_id
        self.access_token = None

    def login(self) -> None:
        r = requests.post(f"{self.base_url}/oauth/token", data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}, timeout=20)
        if r.status_code != 200:
            raise ConnectionError(f"VDR login failed for client {self.client_id}: {r.status_code} {r.text[:100]}")
        self.access_token = r.json()["access_token"]
        logger.debug("token type %s, expires in %s", r.json().get("token_type"), r.json().get("expires_in"))
        logger.info("VDR session for project %s, scope %s", self.project_id, r.json().get("scope"))

    def changes_since(self, cursor: str | None) -> dict:
        if self.access_token is None:
            self.login()
        r = requests.get(f"{self.base_url}/projects/{self.project_id}/documents/changes", params={"cursor": cursor} if cursor else {}, headers={"Authorization": f"Bearer {self.access_token}"}, timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"VDR token {self.access_token} expired or revoked")
        r.raise_for_status()
        return r.json()


def sync_once(client: VdrClient, queue_dir: pathlib.Path) -> int:
    state = json.loads(STATE.read_text()) if STATE.exists() else {}
    page = client.changes_since(state.get("cursor"))
    for doc in page["documents"]:
        (queue_dir / f"{doc['id']}.json").write_text(json.dumps(doc))
    state["cursor"] = page["next_cursor"]
    STATE.write_text(json.dumps(state))
    return len(page["documents"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    secret = os.environ["VDR_CLIENT_SECRET"]
    logger.info("starting VDR sync with client secret %s", secret)
    logger.info("VDR client %s, project %s", os.environ["VDR_CLIENT_ID"], os.environ["VDR_PROJECT"])
    c = VdrClient(os.environ["VDR_BASE_URL"], os.environ["VDR_CLIENT_ID"], secret, os.environ["VDR_PROJECT"])
    q = pathlib.Path("review_queue")
    q.mkdir(exist_ok=True)
    while True:
        n = sync_once(c, q)
        logger.info("synced %d documents", n)
        time.sleep(300 if n == 0 else 5)
