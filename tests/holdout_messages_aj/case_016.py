"""Licensing hook for the desktop sprite-upscaler: activates seats against our license server."""
import hashlib
import logging
import platform
import uuid

import requests

log = logging.getLogger("upscaler.license")
LICENSE_SERVER = "https://licensing.pixelkiln.example/api"
LICENSE_ENV = "PIXELKILN_LICENSE_KEY"


class LicenseError(Exception):
    pass


class Activation:
    def __init__(self, license_key: str, edition: str = "indie"):
        self.license_key = license_key.strip()
        self.edition = edition
        self.machine_id = hex(uuid.getnode())
        self.fingerprint = hashlib.sha256(self.license_key.encode()).hexdigest()[:10]

    def activate(self) -> dict:
        payload = {"key": self.license_key, "machine": self.machine_id,
                   "os": platform.system(), "edition": self.edition}
        log.info("activating edition=%s machine=%s fp=%s", self.edition, self.machine_id, self.fingerprint)
        r = requests.post(f"{LICENSE_SERVER}/activate", json=payload, timeout=20)
        if r.status_code == 404:
            raise LicenseError(f"unknown license {self.license_key}")
        if r.status_code == 409:
            raise LicenseError(f"seat limit reached for {self.fingerprint} ({r.json()['seats']} seats)")
        if not r.ok:
            log.error("activation failed %s: %s, payload=%s", r.status_code, r.text, payload)
            raise LicenseError("activation failed")
        data = r.json()
        log.info("activated until %s, seats %s/%s", data["expires"], data["used"], data["seats"])
        return data

    def deactivate(self) -> None:
        r = requests.post(f"{LICENSE_SERVER}/deactivate",
                          json={"key": self.license_key, "machine": self.machine_id}, timeout=20)
        log.info("deactivate -> %s", r.status_code)


def activate_from_dialog(text: str) -> dict:
    if not text:
        raise LicenseError(f"enter a license key or set {LICENSE_ENV}")
    act = Activation(text)
    try:
        return act.activate()
    except requests.ConnectionError as exc:
        log.warning("license server unreachable: %s", exc)
        raise LicenseError("license server unreachable, try offline activation") from exc
