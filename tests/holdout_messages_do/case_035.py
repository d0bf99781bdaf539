"""Provision per-tenant API keys for the retrieval service (admin CLI)."""
import argparse
import hashlib
import json
import logging
import secrets
import sys
from datetime import datetime, timezone
from pathlib import Path

audit = logging.getLogger("tenant_keys.audit")

STORE = Path("tenants.json")
PREFIX = "rk_live_"


def load() -> dict:
    return json.loads(STORE.read_text()) if STORE.exists() else {}


def save(data: dict) -> None:
    STORE.write_text(json.dumps(data, indent=2, sort_keys=True))


def issue(tenant: str, namespace: str) -> str:
    data = load()
    token = PREFIX + secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    if digest in data:
        raise RuntimeError(f"hash collision for freshly minted key {token}")
    data[digest] = {
        "name": tenant,
        "namespace": namespace,
        "created": datetime.now(timezone.utc).isoformat(),
    }
    save(data)
    print(f"tenant {tenant} -> namespace {namespace}, key sha256 {digest[:12]}")
    return token


def revoke(tenant: str) -> int:
    data = load()
    keep = {h: t for h, t in data.items() if t["name"] != tenant}
    save(keep)
    removed = len(data) - len(keep)
    print(f"revoked {removed} key(s) of {tenant}", file=sys.stderr)
    return removed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["issue", "revoke", "list"])
    ap.add_argument("--tenant")
    ap.add_argument("--namespace", default="default")
    a = ap.parse_args(argv)
    if a.command == "issue":
        new_key = issue(a.tenant, a.namespace)
        audit.info("issued key %s to tenant %s", new_key, a.tenant)
        print(f"key issued for {a.tenant}; ends with {new_key[-4:]}")
    elif a.command == "revoke":
        revoke(a.tenant)
    else:
        for h, t in sorted(load().items(), key=lambda kv: kv[1]["name"]):
            print(t["name"], t["namespace"], h[:12])
    return 0


if __name__ == "__main__":
    sys.exit(main())
