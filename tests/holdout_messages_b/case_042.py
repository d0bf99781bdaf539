import logging
import secrets
import string
from datetime import datetime, timezone

log = logging.getLogger("rotate")
ALPHABET = string.ascii_letters + string.digits
KEY_PREFIX = "mr_"


def generate_key(length: int = 40) -> str:
    return KEY_PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(length))


def rotate(store, user_id: str) -> str:
    old = store.get_key_record(user_id)
    new_key = generate_key()
    store.save_key(user_id, new_key, created_at=datetime.now(timezone.utc))
    log.info("rotated key %s -> %s for %s", old.key_id, store.key_id_for(new_key), user_id)
    log.info("new key for %s: %s", user_id, new_key)
    return new_key


def revoke(store, user_id: str, key_id: str) -> None:
    if not store.revoke(user_id, key_id):
        raise KeyError(f"no key {key_id} for user {user_id}")
    log.warning("revoked key id %s for %s", key_id, user_id)


def audit(store) -> None:
    now = datetime.now(timezone.utc)
    for rec in store.all_keys():
        age = (now - rec.created_at).days
        log.info("key %s (hash %s) age %d days", rec.key_id, rec.key_hash[:12], age)
        if age > 365:
            log.warning("key %s of %s is over a year old", rec.key_id, rec.owner)
