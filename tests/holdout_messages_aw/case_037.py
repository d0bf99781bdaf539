"""Tamper-evident audit trail for e-signature events (writes JSONL, mirrors warnings to stderr)."""
import hashlib
import hmac
import json
import os
import sys
import time
from pathlib import Path


class AuditTrail:
    def __init__(self, path: str, signing_key: bytes | None = None):
        self.path = Path(path)
        self.signing_key = signing_key or os.environb.get(b"AUDIT_SIGNING_KEY", b"")
        self.prev_hash = self._last_hash()
        if not self.signing_key:
            sys.stderr.write("audit: AUDIT_SIGNING_KEY unset, entries will not be MAC'd\n")

    def _last_hash(self) -> str:
        if not self.path.exists():
            return "0" * 64
        last = self.path.read_text().strip().splitlines()[-1:]
        return json.loads(last[0])["hash"] if last else "0" * 64

    def append(self, envelope_id: str, event: str, actor: str, ip: str) -> dict:
        entry = {"ts": time.time(), "envelope": envelope_id, "event": event, "actor": actor, "ip": ip, "prev": self.prev_hash}
        body = json.dumps(entry, sort_keys=True).encode()
        entry["hash"] = hashlib.sha256(body).hexdigest()
        if self.signing_key:
            entry["mac"] = hmac.new(self.signing_key, body, hashlib.sha256).hexdigest()
        with self.path.open("a") as fh:
            fh.write(json.dumps(entry) + "\n")
        self.prev_hash = entry["hash"]
        return entry

    def verify(self) -> bool:
        prev = "0" * 64
        for n, line in enumerate(self.path.read_text().splitlines(), 1):
            e = json.loads(line)
            mac = e.pop("mac", None)
            h = e.pop("hash")
            body = json.dumps(e, sort_keys=True).encode()
            if e["prev"] != prev or hashlib.sha256(body).hexdigest() != h:
                sys.stderr.write(f"audit: chain broken at line {n} (hash {h[:12]})\n")
                return False
            if mac and not hmac.compare_digest(mac, hmac.new(self.signing_key, body, hashlib.sha256).hexdigest()):
                sys.stderr.write(f"audit: bad MAC at line {n}; verifying with key {self.signing_key!r}\n")
                return False
            prev = h
        return True


if __name__ == "__main__":
    trail = AuditTrail(os.environ.get("AUDIT_FILE", "esign_audit.jsonl"))
    trail.append("env-8842", "envelope-completed", "j.doe@example.com", "203.0.113.7")
    print("chain ok:", trail.verify(), "| mac key length", len(trail.signing_key))
