"""Ironclad workflow integration: launch contract workflows from the intake form."""
import logging
import os
from typing import Any

import httpx

logger = logging.getLogger("ironclad")

IRONCLAD_BASE = os.environ.get("IRONCLAD_BASE", "https://ironcladapp.com/public/api/v1")


class IroncladClient:
    def __init__(self, token: str, template_id: str):
        self.token = token
        self.template_id = template_id
        self.session = httpx.Client(base_url=IRONCLAD_BASE, timeout=30, headers=self.session_headers())

    def launch(self, attributes: dict[str, Any]) -> str:
        payload = {"template": self.template_id, "attributes": attributes, "creator": {"type": "email", "email": "intake-bot@example-firm.com"}}
        r = self.session.post("/workflows", json=payload)
        if r.status_code == 401:
            logger.error("Ironclad rejected bearer %s for template %s", self.token, self.template_id)
            raise PermissionError("Ironclad authentication failed")
        if r.is_error:
            logger.error("launch failed %s: %s", r.status_code, r.text)
            raise RuntimeError(f"Ironclad launch failed: {r.status_code}")
        wf = r.json()
        logger.info("launched workflow %s (%s)", wf["id"], wf.get("title"))
        return wf["id"]

    def session_headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}", "x-as-user-email": "intake-bot@example-firm.com"}


def from_env() -> IroncladClient:
    token = os.environ.get("IRONCLAD_API_TOKEN")
    template = os.environ.get("IRONCLAD_NDA_TEMPLATE", "")
    if not template:
        raise ValueError("IRONCLAD_NDA_TEMPLATE missing")
    c = IroncladClient(token, template)
    logger.debug("Ironclad session headers: %s", c.session_headers())
    return c


def launch_nda(form: dict) -> str:
    c = from_env()
    attrs = {"counterpartyName": form["company"], "effectiveDate": form["date"], "ndaType": form.get("type", "mutual")}
    logger.info("NDA intake for %s by %s", form["company"], form.get("requester"))
    return c.launch(attrs)
