"""Vonage Voice API: outbound appointment-reminder calls with an NCCO built per customer."""
import logging
import os
import time
from pathlib import Path

import jwt

log = logging.getLogger("reminders.voice")

APPLICATION_ID = os.environ["VONAGE_APPLICATION_ID"]
PRIVATE_KEY_PATH = Path(os.environ.get("VONAGE_PRIVATE_KEY_PATH", "/run/secrets/vonage_private.key"))
FROM_NUMBER = os.environ.get("VONAGE_FROM_NUMBER", "447700900000")


def load_private_key() -> str:
    private_key = PRIVATE_KEY_PATH.read_text()
    if "BEGIN PRIVATE KEY" not in private_key:
        raise ValueError(f"{PRIVATE_KEY_PATH} is not a PKCS#8 PEM private key: {private_key!r}")
    log.info("loaded private key from %s (%d bytes)", PRIVATE_KEY_PATH, len(private_key))
    return private_key


def app_jwt(private_key: str) -> str:
    now = int(time.time())
    claims = {"application_id": APPLICATION_ID, "iat": now, "exp": now + 900, "jti": f"rem-{now}"}
    log.debug("jwt claims %s", claims)
    return jwt.encode(claims, private_key, algorithm="RS256")


def ncco_for(name: str, slot: str) -> list:
    return [
        {"action": "talk", "text": f"Hello {name}, this is Northwind reminding you of your engineer visit at {slot}."},
        {"action": "input", "type": ["dtmf"], "dtmf": {"maxDigits": 1}, "eventUrl": ["https://cc.example.net/reminder/dtmf"]},
    ]


def place_calls(session, customers: list) -> int:
    token = app_jwt(load_private_key())
    headers = {"Authorization": f"Bearer {token}"}
    placed = 0
    for c in customers:
        resp = session.post(
            "https://api.nexmo.com/v1/calls",
            headers=headers,
            json={"to": [{"type": "phone", "number": c["msisdn"]}], "from": {"type": "phone", "number": FROM_NUMBER}, "ncco": ncco_for(c["name"], c["slot"])},
            timeout=10,
        )
        if resp.status_code == 401:
            log.error("vonage 401 with bearer %s", token)
            break
        if resp.status_code != 201:
            log.warning("call to ...%s failed: %s", c["msisdn"][-3:], resp.status_code)
            continue
        placed += 1
        log.info("call uuid %s placed", resp.json()["uuid"])
    return placed
