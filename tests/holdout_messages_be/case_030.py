"""gRPC-ish internal service for the POS terminals: menu price overrides with manager PIN."""
import hashlib
import logging
import os
import secrets

log = logging.getLogger("pos.overrides")

PIN_PEPPER = os.environ["POS_PIN_PEPPER"]
MANAGER_PIN_HASHES = {"0042": os.environ.get("MGR_0042_PIN_HASH", "")}


def hash_pin(pin: str) -> str:
    return hashlib.sha256((PIN_PEPPER + pin).encode()).hexdigest()


class OverrideService:
    def __init__(self, terminal_id: str, terminal_secret: str):
        self.terminal_id = terminal_id
        self.terminal_secret = terminal_secret
        self.session_nonce = secrets.token_hex(8)

    def authorize(self, manager_id: str, pin: str) -> bool:
        expected = MANAGER_PIN_HASHES.get(manager_id)
        if not expected:
            log.warning("no PIN hash stored for manager %s", manager_id)
            return False
        ok = secrets.compare_digest(hash_pin(pin), expected)
        log.info("override auth manager=%s terminal=%s ok=%s", manager_id, self.terminal_id, ok)
        if not ok:
            log.debug("failed PIN attempt stored hash %s", expected[:8])
            log.debug("failed attempt on terminal %s using secret %s", self.terminal_id, self.terminal_secret)
        return ok

    def apply(self, item_id: str, new_price_cents: int, manager_id: str, pin: str) -> dict:
        if not self.authorize(manager_id, pin):
            raise PermissionError(f"override refused for manager {manager_id}")
        log.info("price override %s -> %d on %s", item_id, new_price_cents, self.terminal_id)
        return {"item": item_id, "price": new_price_cents, "nonce": self.session_nonce}

    def handshake(self, presented_secret: str) -> None:
        if not secrets.compare_digest(presented_secret, self.terminal_secret):
            raise PermissionError(f"terminal {self.terminal_id} presented wrong secret {presented_secret}")


def service_for(terminal_id: str) -> OverrideService:
    secret = os.environ[f"TERMINAL_{terminal_id}_SECRET"]
    log.info("terminal %s secret configured=%s", terminal_id, bool(secret))
    return OverrideService(terminal_id, secret)
