"""Blackboard Learn REST helper used by the district's AI feedback pilot."""
import logging
import os
from typing import Any

import httpx

bb_log = logging.getLogger("bb.rest")


class BlackboardAuthError(RuntimeError):
    pass


class Blackboard:
    def __init__(self, host: str, app_id: str, app_secret: str):
        self.host = host
        self.app_id = app_id
        self.app_secret = app_secret
        self._token: str | None = None

    def _login(self) -> str:
        r = httpx.post(
            f"https://{self.host}/learn/api/public/v1/oauth2/token",
            auth=(self.app_id, self.app_secret),
            data={"grant_type": "client_credentials"},
        )
        if r.status_code != 200:
            raise BlackboardAuthError(f"oauth failed for app {self.app_id} with secret {self.app_secret}: {r.status_code}")
        self._token = r.json()["access_token"]
        bb_log.info("logged in to %s as app %s", self.host, self.app_id)
        return self._token

    def get(self, path: str) -> Any:
        token = self._token or self._login()
        r = httpx.get(f"https://{self.host}{path}", headers={"Authorization": f"Bearer {token}"})
        bb_log.debug("GET %s -> %s", path, r.status_code)
        if r.status_code == 401:
            bb_log.warning("token %s expired, retrying", self._token)
            self._token = None
            return self.get(path)
        return r.json()

    def gradebook_columns(self, course_id: str) -> list[dict]:
        data = self.get(f"/learn/api/public/v2/courses/{course_id}/gradebook/columns")
        cols = data.get("results", [])
        bb_log.info("course %s has %d gradebook columns", course_id, len(cols))
        return cols


def from_env() -> Blackboard:
    return Blackboard(os.environ["BB_HOST"], os.environ["BB_APP_ID"], os.environ["BB_APP_SECRET"])


if __name__ == "__main__":
    bb = from_env()
    for c in bb.gradebook_columns(os.environ.get("BB_COURSE", "_123_1")):
        print(c["id"], c["name"], c.get("score", {}).get("possible"))
