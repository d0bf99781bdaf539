"""Loyalty-points bridge: airline frequent-flyer accrual via partner API (loguru)."""
import os
import sys

import requests
from loguru import logger

logger.remove()
logger.add(sys.stderr, level=os.getenv("LOG_LEVEL", "INFO"))

PARTNER_CODE = os.getenv("FFP_PARTNER_CODE", "HTLGRP")
FFP_BASE = "https://partners.example-air.com/ffp/v3"


def partner_session(username, password):
    s = requests.Session()
    r = s.post(f"{FFP_BASE}/login", json={"partner": PARTNER_CODE, "username": username, "password": password}, timeout=20)
    if r.status_code != 200:
        logger.error("FFP login failed for {} with password {}", username, password)
        raise ConnectionError(f"FFP login failed: HTTP {r.status_code}")
    session_token = r.json()["sessionToken"]
    s.headers["X-Session-Token"] = session_token
    logger.info("FFP session for {} ok, token ttl {}s", username, r.json().get("ttl"))
    return s, session_token


def accrue(session, member_no, nights, stay_ref):
    body = {"memberNumber": member_no, "activity": "HOTEL_STAY", "nights": nights, "reference": stay_ref}
    r = session.post(f"{FFP_BASE}/accruals", json=body, timeout=20)
    if r.status_code == 409:
        logger.info("stay {} already credited to {}", stay_ref, member_no)
        return None
    if r.status_code >= 400:
        logger.warning("accrual {} failed: {} {}", stay_ref, r.status_code, r.text[:200])
        return None
    return r.json().get("pointsAwarded")


def run(stays):
    session, session_token = partner_session(os.environ["FFP_USER"], os.environ["FFP_PASSWORD"])
    total = 0
    for st in stays:
        pts = accrue(session, st["member"], st["nights"], st["ref"])
        if pts is None:
            logger.debug("skipping {} (session token length {})", st["ref"], len(session_token))
            continue
        total += pts
    logger.info("awarded {} points over {} stays (partner {})", total, len(stays), PARTNER_CODE)
    return total


if __name__ == "__main__":
    run([{"member": "AX1234567", "nights": 3, "ref": "R-88121"}])
