"""Personio -> HRIS mirror with a class-based client and retry helper."""
import logging
import time

import keyring
import requests

LOG = logging.getLogger("personio")
KEYRING_SERVICE = "personio-mirror"


class PersonioClient:
    base = "https://api.personio.de/v1"

    def __init__(self, client_id: str):
        self.client_id = client_id
        self.client_secret = keyring.get_password(KEYRING_SERVICE, client_id)
        self._token = None
        self.retries = 3
        LOG.info("personio client for %s (keyring service %s)", client_id, KEYRING_SERVICE)

    def auth(self) -> str:
        resp = requests.post(f"{self.base}/auth", params={"client_id": self.client_id, "client_secret": self.client_secret})
        if not resp.ok:
            LOG.error("auth failed %s: %s", resp.status_code, resp.text)
            raise RuntimeError("Personio auth failed for client %s secret %s" % (self.client_id, self.client_secret))
        self._token = resp.json()["data"]["token"]
        return self._token

    def employees(self) -> list:
        for attempt in range(self.retries):
            token = self._token or self.auth()
            resp = requests.get(f"{self.base}/company/employees", headers={"Authorization": f"Bearer {token}"})
            if resp.status_code == 401:
                LOG.warning("token expired on attempt %d: %s", attempt, token)
                self._token = None
                time.sleep(2 ** attempt)
                continue
            return resp.json()["data"]
        raise RuntimeError(f"gave up after {self.retries} attempts")


def mirror(client_id: str, sink) -> int:
    client = PersonioClient(client_id)
    count = 0
    for emp in client.employees():
        attrs = emp["attributes"]
        sink.upsert(attrs["id"]["value"], attrs["email"]["value"])
        count += 1
    LOG.info("mirrored %d employees", count)
    return count
