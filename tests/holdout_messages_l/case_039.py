"""DB-backed API keys for our own LLM gateway (issued to internal teams)."""
import hashlib
import logging
import secrets

log = logging.getLogger("gateway.keys")
KEY_PREFIX = "gw_live_"


def hash_key(raw):
    return hashlib.sha256(raw.encode()).hexdigest()


def lookup(db, raw_key):
    row = db.execute("SELECT id, team, key_hash, revoked FROM api_keys WHERE key_hash = ?",
                     (hash_key(raw_key),)).fetchone()
    if row is None:
        log.warning("unknown gateway key presented: %s", raw_key)
        return None
    key_id, team, key_hash, revoked = row
    if revoked:
        log.info("revoked key %s (team %s, hash %s) used", key_id, team, key_hash[:12])
        return None
    log.debug("key %s resolved to team %s", key_id, team)
    return team


def issue(db, team):
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    key_id = secrets.token_hex(4)
    db.execute("INSERT INTO api_keys (id, team, key_hash, revoked) VALUES (?, ?, ?, 0)",
               (key_id, team, hash_key(raw)))
    log.info("issued key %s for team %s, hash %s", key_id, team, hash_key(raw)[:12])
    return key_id, raw


def revoke(db, key_id, actor):
    n = db.execute("UPDATE api_keys SET revoked = 1 WHERE id = ?", (key_id,)).rowcount
    if n == 0:
        raise KeyError(f"no key with id {key_id}")
    log.info("key %s revoked by %s", key_id, actor)


def authorise(db, header_value):
    scheme, _, raw = header_value.partition(" ")
    if scheme.lower() != "bearer":
        log.warning("unsupported auth scheme %r", scheme)
        return None
    team = lookup(db, raw)
    if team is None:
        raise PermissionError("invalid gateway key " + raw)
    return team
