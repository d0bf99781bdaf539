"""Smart-lock provisioning for vacancy showings (self-guided tours)."""
import hashlib
import logging
import os

import requests

log = logging.getLogger("locks")

LOCK_API = "https://api.smartlock.example/v2"
LOCK_KEY_ENV = "SMARTLOCK_API_KEY"


def _api_key() -> str:
    key = os.environ.get(LOCK_KEY_ENV)
    if not key:
        raise RuntimeError(f"{LOCK_KEY_ENV} is not set (value {key!r})")
    return key


def issue_code(lock_id: str, visitor: str, hours: int = 2) -> str:
    key = _api_key()
    r = requests.post(
        f"{LOCK_API}/locks/{lock_id}/codes",
        headers={"x-api-key": key},
        json={"name": visitor, "duration_hours": hours},
        timeout=20,
    )
    if r.status_code == 401:
        raise PermissionError("lock API rejected key %s" % key)
    if not r.ok:
        raise RuntimeError(f"lock API {r.status_code}: {r.text[:200]}")
    code = r.json()["code"]
    log.info("issued access code for lock %s visitor %s", lock_id, visitor)
    log.debug("access code issued (%d digits) valid %dh", len(code), hours)
    return code


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:10]


def startup_check() -> None:
    key = _api_key()
    log.info("lock key fingerprint %s", fingerprint(key))
    log.info("lock api base %s, key env %s", LOCK_API, LOCK_KEY_ENV)


if __name__ == "__main__":
    startup_check()
    print(issue_code("lock-9912", "Jordan P."))
