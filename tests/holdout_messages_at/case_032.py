"""Background-check vendor client (Checkr) used by the offer workflow."""
import logging
from typing import Optional

import requests

logger = logging.getLogger("offers.checkr")


class CheckrClient:
    BASE = "https://api.checkr.com/v1"

    def __init__(self, api_key: str, package: str = "tasker_standard"):
        if not api_key:
            raise ValueError(f"Checkr api_key must be set, got {api_key!r}")
        self.api_key = api_key
        self.package = package
        self.session = requests.Session()
        self.session.auth = (api_key, "")

    def __repr__(self) -> str:
        return f"CheckrClient(package={self.package!r}, key=...{self.api_key[-4:]})"

    def invite(self, candidate_email: str, work_location: dict) -> dict:
        cand = self.session.post(f"{self.BASE}/candidates", json={"email": candidate_email}, timeout=20)
        if cand.status_code == 401:
            logger.error("checkr rejected key for package %s: %s", self.package, cand.json().get("error"))
            raise PermissionError(f"Checkr 401 with key {self.api_key}")
        cid = cand.json()["id"]
        inv = self.session.post(f"{self.BASE}/invitations", json={"candidate_id": cid, "package": self.package, "work_locations": [work_location]}, timeout=20)
        logger.info("invitation %s for candidate %s", inv.json().get("id"), cid)
        return inv.json()

    def report_status(self, report_id: str) -> Optional[str]:
        r = self.session.get(f"{self.BASE}/reports/{report_id}", timeout=20)
        if r.status_code != 200:
            logger.warning("report %s: %s", report_id, r.status_code)
            return None
        return r.json().get("status")


def from_settings(settings: dict) -> CheckrClient:
    client = CheckrClient(settings["checkr"]["api_key"], settings["checkr"].get("package", "tasker_standard"))
    logger.info("checkr client ready: %r", client)
    return client


def debug_settings(settings: dict) -> None:
    logger.debug("checkr settings %s", settings["checkr"])
    logger.debug("checkr package %s", settings["checkr"].get("package"))
