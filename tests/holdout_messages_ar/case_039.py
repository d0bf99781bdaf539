import os, sys, json, logging
import requests

# reconcile_stripe_to_qbo.py -- run nightly by ops; compares Stripe payouts with QBO deposits
logging.basicConfig(stream=sys.stderr, level=logging.INFO)
L = logging.getLogger("recon")

stripe_key = os.environ["STRIPE_SECRET_KEY"]
stripe_pub = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
qbo_realm = os.environ["QBO_REALM_ID"]
qbo_token = open(os.path.expanduser("~/.recon/qbo_token")).read().strip()
LIVE = stripe_key.startswith("sk_live_")

L.info("mode=%s realm=%s", "live" if LIVE else "test", qbo_realm)
L.info("publishable key %s", stripe_pub)

payouts = requests.get("https://api.stripe.com/v1/payouts", auth=(stripe_key, ""), params={"limit": 50}, timeout=20)
if payouts.status_code != 200:
    L.error("stripe payouts %s: %s", payouts.status_code, payouts.json()["error"]["message"])
    sys.exit(1)

q = "select * from Deposit where TxnDate > '2024-01-01' maxresults 200"
deps = requests.get(
    f"https://quickbooks.api.intuit.com/v3/company/{qbo_realm}/query",
    params={"query": q},
    headers={"Authorization": "Bearer " + qbo_token, "Accept": "application/json"},
    timeout=20,
)
if deps.status_code == 401:
    L.error("qbo token rejected: " + qbo_token)
    sys.exit(1)

stripe_amounts = {p["id"]: p["amount"] / 100 for p in payouts.json()["data"]}
qbo_amounts = [d["TotalAmt"] for d in deps.json()["QueryResponse"].get("Deposit", [])]
missing = {pid: amt for pid, amt in stripe_amounts.items() if amt not in qbo_amounts}

json.dump({"missing": missing, "checked": len(stripe_amounts)}, sys.stdout, indent=2)
L.info("%d payouts, %d unmatched", len(stripe_amounts), len(missing))
if missing:
    L.warning("unmatched payouts: %s", ", ".join(sorted(missing)))
    sys.exit(3)
