"""Legacy verifyReceipt flow with the app-specific shared secret (top-level script)."""
import base64
import os
import sys

import requests

VERIFY_PROD = "https://buy.itunes.apple.com/verifyReceipt"
VERIFY_SANDBOX = "https://sandbox.itunes.apple.com/verifyReceipt"
SHARED_SECRET_VAR = "APPLE_SHARED_SECRET"

shared_secret = os.environ.get(SHARED_SECRET_VAR, "")
receipt_path = sys.argv[1] if len(sys.argv) > 1 else "receipt.bin"

print(f"using shared secret from ${SHARED_SECRET_VAR}")
print(f"shared secret: {shared_secret}")

with open(receipt_path, "rb") as fh:
    receipt_b64 = base64.b64encode(fh.read()).decode()

payload = {
    "receipt-data": receipt_b64,
    "password": shared_secret,
    "exclude-old-transactions": True,
}

resp = requests.post(VERIFY_PROD, json=payload, timeout=30)
data = resp.json()
if data.get("status") == 21007:
    print("sandbox receipt, retrying against sandbox", file=sys.stderr)
    resp = requests.post(VERIFY_SANDBOX, json=payload, timeout=30)
    data = resp.json()

status = data.get("status")
if status == 21004:
    sys.stderr.write(f"shared secret mismatch, sent payload {payload}\n")
elif status != 0:
    print(f"verifyReceipt failed with status {status}", file=sys.stderr)

latest = data.get("latest_receipt_info", [])
for item in latest:
    print(item["product_id"], item["expires_date_ms"], item.get("is_trial_period"))

print("receipt bytes:", len(receipt_b64), "secret set:", bool(shared_secret))
print({k: v for k, v in payload.items() if k != "password"}.keys())
if not latest:
    sys.exit(1)
