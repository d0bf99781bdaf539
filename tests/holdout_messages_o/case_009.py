"""admin/tenant_keys.py - internal admin tool: list/rotate tenant provider keys.

python -m admin.tenant_keys list
python -m admin.tenant_keys show acme
"""
import hashlib
import sqlite3
import sys

DB = "/srv/gateway/tenants.db"


def conn():
    return sqlite3.connect(DB)


def fingerprint(value):
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def cmd_list():
    with conn() as c:
        for tenant, provider, api_key, created in c.execute("SELECT tenant, provider, api_key, created_at FROM keys ORDER BY tenant"):
            print(f"{tenant:<20} {provider:<10} {fingerprint(api_key)} {created}")
            print(f"{tenant:<20} {provider:<10} ...{api_key[-4:]}")


def cmd_show(tenant):
    with conn() as c:
        row = c.execute("SELECT provider, api_key, note FROM keys WHERE tenant = ?", (tenant,)).fetchone()
    if row is None:
        print(f"no such tenant {tenant!r}", file=sys.stderr)
        return 1
    provider, api_key, note = row
    print(f"tenant={tenant} provider={provider} note={note}")
    if not api_key.startswith(("sk-", "sk-ant-")):
        print(f"warning: tenant {tenant} has a malformed key {api_key}", file=sys.stderr)
    return 0


def cmd_dump():
    with conn() as c:
        rows = c.execute("SELECT tenant, provider, api_key FROM keys").fetchall()
    for r in rows:
        print(r)
    print(len(rows), "rows")


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:] or ["list"]
    if cmd == "list":
        sys.exit(cmd_list())
    if cmd == "show":
        sys.exit(cmd_show(rest[0]))
    if cmd == "dump":
        sys.exit(cmd_dump())
    print("usage: tenant_keys list|show TENANT|dump", file=sys.stderr)
