"""Greenhouse Job Board (public) + internal Harvest writer, class-heavy."""
import base64
import logging
import os

import requests

log = logging.getLogger("gh.writer")


class HarvestWriter:
    API = "https://harvest.greenhouse.io/v1"

    def __init__(self, on_behalf_of: int):
        self.api_key = os.environ["GREENHOUSE_HARVEST_KEY"]
        self.on_behalf_of = on_behalf_of
        basic = base64.b64encode(f"{self.api_key}:".encode()).decode()
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Basic {basic}", "On-Behalf-Of": str(on_behalf_of)})
        log.info("harvest writer acting for user %s", self.on_behalf_of)

    def add_note(self, candidate_id: int, body: str) -> int:
        r = self.session.post(f"{self.API}/candidates/{candidate_id}/activity_feed/notes", json={"user_id": self.on_behalf_of, "body": body, "visibility": "private"})
        if r.status_code == 403:
            log.error("403 adding note; session headers %s", self.session.headers)
        elif r.status_code >= 400:
            log.error("note failed: %s %s", r.status_code, r.text)
        return r.status_code

    def __repr__(self) -> str:
        return f"HarvestWriter(user={self.on_behalf_of}, key=...{self.api_key[-4:]})"


class JobBoard:
    def __init__(self, board_token: str):
        self.board_token = board_token

    def jobs(self) -> list:
        r = requests.get(f"https://boards-api.greenhouse.io/v1/boards/{self.board_token}/jobs")
        log.info("job board returned %d jobs", len(r.json().get("jobs", [])))
        return r.json().get("jobs", [])


def sync_notes(writer: HarvestWriter, notes: dict) -> None:
    for cid, text in notes.items():
        status = writer.add_note(cid, text)
        log.debug("note for %s -> %s via %r", cid, status, writer)
        if status == 401:
            raise PermissionError(f"Harvest key {writer.api_key} cannot write notes")
