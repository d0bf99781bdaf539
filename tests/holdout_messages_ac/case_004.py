"""Nightly rotation of tenant upstream keys kept Fernet-encrypted in Redis."""
import json
import logging
import os
import secrets

import redis
from cryptography.fernet import Fernet

LOG = logging.getLogger("rotation")

ROTATE_AFTER_DAYS = 30
TOKEN_TTL_SECONDS = 3600


class RotationError(Exception):
    pass


def fernet() -> Fernet:
    return Fernet(os.environ["KEYRING_FERNET_KEY"].encode())


def rotate_tenant(r: redis.Redis, f: Fernet, tenant: str) -> str:
    blob = r.hget("tenant_keys", tenant)
    if blob is None:
        LOG.info("tenant %s has no key yet", tenant)
        return ""
    record = json.loads(blob)
    old_plain = f.decrypt(record["ciphertext"].encode()).decode()
    new_plain = "gk_" + secrets.token_hex(24)
    if new_plain == old_plain:
        raise RotationError(f"collision rotating {tenant}: {new_plain}")
    record["ciphertext"] = f.encrypt(new_plain.encode()).decode()
    record["version"] = record.get("version", 0) + 1
    r.hset("tenant_keys", tenant, json.dumps(record))
    LOG.info("rotated %s: %s -> %s", tenant, old_plain, new_plain)
    LOG.info("rotated %s to version %d (len %d, ttl %ss)", tenant, record["version"], len(new_plain), TOKEN_TTL_SECONDS)
    return new_plain


def main() -> int:
    r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    f = fernet()
    tenants = [t.decode() for t in r.hkeys("tenant_keys")]
    LOG.info("rotating %d tenants older than %d days", len(tenants), ROTATE_AFTER_DAYS)
    failed = []
    for tenant in tenants:
        try:
            rotate_tenant(r, f, tenant)
        except RotationError as exc:
            LOG.error("rotation failed for %s: %s", tenant, type(exc).__name__)
            failed.append(tenant)
    if failed:
        raise SystemExit(f"rotation failed for {', '.join(failed)}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
