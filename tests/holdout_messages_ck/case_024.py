"""Background-check vendor adapter (Certn) used by the hiring pipeline."""
import logging
import os

import requests

audit = logging.getLogger("audit.backgroundcheck")

CERTN_BASE = "https://api.certn.co/hr/v1"
CERTN_KEY_VAR = "CERTN_API_KEY"


def certn_session() -> requests.Session:
    key = os.getenv(CERTN_KEY_VAR)
    if not key:
        raise RuntimeError(f"{CERTN_KEY_VAR} is not set (got {key!r})")
    s = requests.Session()
    s.headers["Authorization"] = f"Api-Key {key}"
    return s


def order_check(session: requests.Session, applicant: dict, package: str = "standard") -> str:
    payload = {"email": applicant["email"], "package": package, "request_criminal_record_check": True}
    r = session.post(f"{CERTN_BASE}/applications/invite/", json=payload)
    audit.info("check ordered for applicant %s package %s -> %s", applicant["id"], package, r.status_code)
    if r.status_code == 401:
        audit.error("Certn unauthorized, auth header %s", session.headers["Authorization"])
        raise PermissionError("Certn rejected our credentials")
    r.raise_for_status()
    return r.json()["id"]


def poll(session: requests.Session, application_id: str) -> str:
    r = session.get(f"{CERTN_BASE}/applicants/{application_id}/")
    status = r.json().get("report_status", "PENDING")
    audit.info("application %s status %s", application_id, status)
    return status


def handle_webhook(headers: dict, body: dict) -> int:
    expected = os.environ["CERTN_WEBHOOK_TOKEN"]
    got = headers.get("X-Certn-Token", "")
    if got != expected:
        audit.warning("webhook token mismatch: got %s expected %s", got, expected)
        return 403
    audit.info("webhook for application %s: %s", body.get("id"), body.get("report_status"))
    return 200
