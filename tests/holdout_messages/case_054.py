"""Key metadata shown in the admin panel (no secret values)."""
import logging
from datetime import datetime, timezone

log = logging.getLogger("admin.keys")


class KeyRecord:
    def __init__(self, api_key_id: str, api_key_last4: str, token_expires_at: datetime, secret_version: int):
        self.api_key_id = api_key_id
        self.api_key_last4 = api_key_last4
        self.token_expires_at = token_expires_at
        self.secret_version = secret_version


def summarize(rec: KeyRecord) -> str:
    left = rec.token_expires_at - datetime.now(timezone.utc)
    log.info("key %s (…%s) expires in %s, secret version %d", rec.api_key_id, rec.api_key_last4, left, rec.secret_version)
    if left.total_seconds() < 0:
        raise ValueError(f"key {rec.api_key_id} expired at {rec.token_expires_at:%Y-%m-%d}")
    return f"{rec.api_key_id}: …{rec.api_key_last4}"


def password_policy(password_changed_at: datetime, password_min_length: int = 12) -> None:
    log.debug("password changed %s, min length %d", password_changed_at, password_min_length)
