"""Signed remote connect/disconnect commands to the AMI head-end (HMAC-SHA256)."""
import hashlib
import hmac
import json
import logging
import time
import uuid

import requests

audit = logging.getLogger("ami.commands.audit")


class HeadEndCommander:
    def __init__(self, endpoint: str, operator_id: str, signing_secret: bytes) -> None:
        self.endpoint = endpoint
        self.operator_id = operator_id
        self.signing_secret = signing_secret

    def _sign(self, body: bytes, ts: str) -> str:
        return hmac.new(self.signing_secret, ts.encode() + b"." + body, hashlib.sha256).hexdigest()

    def send(self, meter_id: str, action: str, reason: str) -> dict:
        if action not in ("connect", "disconnect"):
            raise ValueError(f"unknown action {action!r}")
        ts = str(int(time.time()))
        body = json.dumps({"meter": meter_id, "action": action, "reason": reason, "cmd_id": str(uuid.uuid4())}).encode()
        sig = self._sign(body, ts)
        audit.info("operator %s %s meter %s sig=%s...", self.operator_id, action, meter_id, sig[:8])
        r = requests.post(self.endpoint, data=body, headers={"X-Timestamp": ts, "X-Signature": sig}, timeout=20)
        if r.status_code == 401:
            audit.error("signature rejected; key=%s ts=%s", self.signing_secret.hex(), ts)
        r.raise_for_status()
        return r.json()


def load_signing_secret(path: str) -> bytes:
    with open(path, "rb") as fh:
        raw = fh.read().strip()
    if len(raw) < 32:
        raise ValueError(f"signing key in {path} too short ({len(raw)} bytes)")
    return raw


def bulk_disconnect(cmd: HeadEndCommander, meters: list[str], reason: str) -> list[str]:
    done = []
    for m in meters:
        try:
            cmd.send(m, "disconnect", reason)
            done.append(m)
        except requests.HTTPError as exc:
            audit.warning("meter %s not disconnected: %s", m, exc)
    audit.info("%d/%d meters disconnected for %s", len(done), len(meters), reason)
    return done


def rotate(cmd: HeadEndCommander, new_secret: bytes) -> None:
    if new_secret == cmd.signing_secret:
        raise ValueError(f"new signing key equals the current one: {new_secret!r}")
    cmd.signing_secret = new_secret
