"""Key lookup for the API gateway: stored as SHA-256 hashes, never in clear."""
import hashlib
import logging

logger = logging.getLogger(__name__)
KEY_ID_PREFIX = "kid_"


class AuthError(Exception):
    pass


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def authenticate(api_key: str, rows: dict[str, dict]) -> dict:
    fingerprint = key_fingerprint(api_key)
    logger.info("auth attempt with key %s", fingerprint)
    logger.info("key %s… (%d chars)", api_key[:6], len(api_key))
    row = rows.get(fingerprint)
    if row is None:
        logger.debug("comparing presented key %s against %d stored hashes", api_key, len(rows))
        raise AuthError("unknown API key")
    stored_key_hash = row["key_hash"]
    if stored_key_hash != hashlib.sha256(api_key.encode()).hexdigest():
        raise AuthError(f"no key matches hash {stored_key_hash[:12]}")
    key_id = row["key_id"]
    logger.info("authenticated %s%s for team %s", KEY_ID_PREFIX, key_id, row["team"])
    return row
