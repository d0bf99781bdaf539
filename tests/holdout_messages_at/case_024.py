"""Employee help-desk chatbot: session handling and escalation to ServiceNow."""
import logging
import os

import requests

log = logging.getLogger("helpdesk.escalation")

SN_INSTANCE = os.getenv("SERVICENOW_INSTANCE", "acme.service-now.com")


class ServiceNowEscalator:
    def __init__(self):
        self.user = os.environ["SERVICENOW_USER"]
        self._password = os.environ["SERVICENOW_PASSWORD"]
        self.assignment_group = os.getenv("SN_HR_GROUP", "HR Service Desk")
        self.password_last_rotated = os.getenv("SERVICENOW_PASSWORD_ROTATED", "unknown")

    def escalate(self, employee_id: str, summary: str, transcript: str) -> str:
        payload = {"short_description": summary[:160], "description": transcript, "assignment_group": self.assignment_group, "u_employee_id": employee_id}
        r = requests.post(f"https://{SN_INSTANCE}/api/now/table/sn_hr_core_case", json=payload, auth=(self.user, self._password), timeout=20)
        log.info("escalated %s to %s: %s", employee_id, self.assignment_group, r.status_code)
        if r.status_code == 401:
            log.error("servicenow login %s failed (password rotated %s)", self.user, self.password_last_rotated)
            raise ConnectionError(f"ServiceNow auth failed for {self.user}:{self._password}@{SN_INSTANCE}")
        r.raise_for_status()
        return r.json()["result"]["number"]


class HelpdeskSession:
    def __init__(self, employee_id: str, sso_token: str):
        self.employee_id = employee_id
        self.sso_token = sso_token
        self.turns: list[dict] = []

    def add(self, role: str, text: str) -> None:
        self.turns.append({"role": role, "content": text})
        log.debug("session %s: %d turns", self.employee_id, len(self.turns))

    def close(self, escalator: ServiceNowEscalator | None = None) -> None:
        if escalator and any("human" in t["content"].lower() for t in self.turns):
            number = escalator.escalate(self.employee_id, "Help-desk escalation", "\n".join(t["content"] for t in self.turns))
            log.info("case %s opened", number)
        log.info("closing session for %s with sso token %s", self.employee_id, self.sso_token)


def start(employee_id: str, headers: dict) -> HelpdeskSession:
    sso_token = headers.get("X-SSO-Token", "")
    log.info("session start %s, sso header present=%s", employee_id, bool(sso_token))
    return HelpdeskSession(employee_id, sso_token)
