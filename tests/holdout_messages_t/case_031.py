"""Request signing for the partner API (HMAC, library code)."""
import base64
import hashlib
import hmac
import logging
import time
from urllib.parse import urlencode

log = logging.getLogger("partner.sign")


class SigningError(ValueError):
    pass


class Signer:
    def __init__(self, key_id: str, secret_key: str):
        if not key_id:
            raise SigningError("key_id is required")
        try:
            self._secret = base64.b64decode(secret_key, validate=True)
        except ValueError as exc:
            raise SigningError(f"secret_key is not base64: {secret_key}") from exc
        self.key_id = key_id
        self.secret_key = secret_key

    def sign(self, method: str, path: str, params: dict) -> dict:
        ts = str(int(time.time()))
        canonical = "\n".join([method.upper(), path, urlencode(sorted(params.items())), ts])
        mac = hmac.new(self._secret, canonical.encode(), hashlib.sha256).digest()
        signature = base64.b64encode(mac).decode()
        log.debug("canonical request:\n%s", canonical)
        log.debug("signature %s for key id %s", signature, self.key_id)
        return {"X-Key-Id": self.key_id, "X-Timestamp": ts, "X-Signature": signature}

    def verify(self, method: str, path: str, params: dict, ts: str, presented_sig: str) -> bool:
        canonical = "\n".join([method.upper(), path, urlencode(sorted(params.items())), ts])
        expected = base64.b64encode(hmac.new(self._secret, canonical.encode(), hashlib.sha256).digest()).decode()
        if not hmac.compare_digest(expected, presented_sig):
            log.warning("signature mismatch: expected %s got %s", expected, presented_sig)
            return False
        return True

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r})"

    def dump(self) -> None:
        log.debug("signer state: %s", vars(self))
