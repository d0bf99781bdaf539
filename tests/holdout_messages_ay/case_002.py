# Odoo MRP sync: pulls confirmed manufacturing orders and pushes them to the line PLC queue.
# Run from cron on the shop-floor server: python case_002.py
import json
import os
import sys
import xmlrpc.client

ODOO_URL = os.getenv("ODOO_URL", "https://erp.example-factory.com")
ODOO_DB = os.getenv("ODOO_DB", "factory_prod")
ODOO_USER = os.getenv("ODOO_USER", "mrp-bot@example-factory.com")
ODOO_API_KEY = os.getenv("ODOO_API_KEY", "")
QUEUE_DIR = os.getenv("PLC_QUEUE_DIR", "/var/spool/plcq")

if not ODOO_API_KEY:
    raise RuntimeError(f"ODOO_API_KEY is empty, got {ODOO_API_KEY!r}")

print(f"connecting to {ODOO_URL} db={ODOO_DB} as {ODOO_USER}")
common = xmlrpc.client.ServerProxy(f"{ODOO_URL}/xmlrpc/2/common")
uid = common.authenticate(ODOO_DB, ODOO_USER, ODOO_API_KEY, {})
if not uid:
    print(f"authentication failed for {ODOO_USER} using key {ODOO_API_KEY}", file=sys.stderr)
    sys.exit(2)
print(f"uid={uid}, key ends ...{ODOO_API_KEY[-4:]}")

models = xmlrpc.client.ServerProxy(f"{ODOO_URL}/xmlrpc/2/object")
orders = models.execute_kw(
    ODOO_DB, uid, ODOO_API_KEY, "mrp.production", "search_read",
    [[["state", "=", "confirmed"]]],
    {"fields": ["name", "product_id", "product_qty", "date_planned_start"], "limit": 50},
)
print(f"{len(orders)} confirmed MOs")

os.makedirs(QUEUE_DIR, exist_ok=True)
for mo in orders:
    job = {
        "mo": mo["name"],
        "product": mo["product_id"][1],
        "qty": mo["product_qty"],
        "start": mo["date_planned_start"],
    }
    path = os.path.join(QUEUE_DIR, mo["name"].replace("/", "_") + ".json")
    with open(path, "w") as fh:
        json.dump(job, fh)
    print("queued", job)

rpc_args = {"db": ODOO_DB, "uid": uid, "password": ODOO_API_KEY}
if os.getenv("SYNC_DEBUG"):
    print("last rpc args:", rpc_args)
print("done, args keys:", sorted(rpc_args))
