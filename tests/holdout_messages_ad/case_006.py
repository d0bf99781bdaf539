"""License-key validation for the Pro edition of the desktop assistant."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
from pathlib import Path

from nacl.signing import VerifyKey

_log = logging.getLogger(__name__)

LICENSE_FILE = Path.home() / ".deskassist" / "license.key"
LICENSE_PUBLIC_KEY = "b1c0ffee5e1f0dd0b1c0ffee5e1f0dd0b1c0ffee5e1f0dd0b1c0ffee5e1f0dd0"
LICENSE_KEY_ENV = "DESKASSIST_LICENSE"


def fingerprint(license_key: str) -> str:
    return hashlib.sha256(license_key.encode()).hexdigest()[:10]


def read_license() -> str:
    text = LICENSE_FILE.read_text().strip() if LICENSE_FILE.exists() else ""
    if not text:
        _log.info("no license at %s and %s unset; running the free edition", LICENSE_FILE, LICENSE_KEY_ENV)
    return text


def validate(license_key: str, email: str) -> dict:
    _log.info("validating license %s for %s", license_key, email)
    try:
        payload_b64, sig_b64 = license_key.split(".")
    except ValueError:
        raise ValueError(f"malformed license key {license_key!r}") from None
    VerifyKey(bytes.fromhex(LICENSE_PUBLIC_KEY)).verify(base64.b64decode(payload_b64), base64.b64decode(sig_b64))
    claims = json.loads(base64.b64decode(payload_b64))
    expires = dt.date.fromisoformat(claims["expires"])
    if claims["email"] != email:
        raise PermissionError(f"license {fingerprint(license_key)} belongs to another account")
    if expires < dt.date.today():
        raise PermissionError(f"license expired on {expires} (seats: {claims['seats']}, id {claims['id']})")
    _log.info("license ok: edition=%s seats=%s hint=%s", claims["edition"], claims["seats"], license_key[-4:])
    return claims


def activate(email: str) -> dict | None:
    lic = read_license()
    if not lic:
        return None
    try:
        return validate(lic, email)
    except PermissionError as exc:
        _log.warning("license refused: %s", exc)
        return None
