# rotate_modelred_key.py -- term-start chore for the district IT team.
# Reads the new key from the vault, checks it against ModelRed (gen 3), writes it to the tutor's .env.
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import hvac
from modelred import ModelRed, Unauthorized, APIError

VAULT_PATH = "secret/data/edu/tutor/modelred"
ENV_FILE = Path(os.environ.get("TUTOR_ENV_FILE", "/srv/tutor/.env"))
SERVICE = os.environ.get("TUTOR_SERVICE", "tutor.service")
DRY_RUN = "--dry-run" in sys.argv

vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
print(f"vault {os.environ['VAULT_ADDR']} authenticated: {vault.is_authenticated()}")

record = vault.secrets.kv.v2.read_secret_version(path="edu/tutor/modelred")["data"]["data"]
new_key = record["api_key"]
print(f"read {VAULT_PATH}: fields {sorted(record)}; rotated_by={record.get('rotated_by')}")

try:
    with ModelRed(new_key, timeout=10.0) as mr:
        page = mr.list_models(page=1, page_size=1)
        print(f"new key sees {page.get('total', '?')} models")
except Unauthorized:
    raise PermissionError(f"new key from {VAULT_PATH} is not accepted: {new_key}")
except APIError as exc:
    print(f"ModelRed check inconclusive ({type(exc).__name__}); writing anyway", file=sys.stderr)

lines = ENV_FILE.read_text().splitlines() if ENV_FILE.exists() else []
old_key = next((l.split("=", 1)[1] for l in lines if l.startswith("MODELRED_API_KEY=")), "")
lines = [l for l in lines if not l.startswith("MODELRED_API_KEY=")] + [f"MODELRED_API_KEY={new_key}"]
if DRY_RUN:
    print(f"dry run: would write {len(lines)} lines to {ENV_FILE}")
    sys.exit(0)
ENV_FILE.write_text("\n".join(lines) + "\n")
print(f"replaced key ending {old_key[-4:] or '----'} with key ending {new_key[-4:]}")
print(f"old key for the revocation ticket: {old_key}")

rc = subprocess.run(["systemctl", "restart", SERVICE], check=False).returncode
print(f"restart {SERVICE}: exit {rc}")
with open("/var/log/edu/rotations.log", "a") as fh:
    fh.write(f"{date.today()} rotated ModelRed key for {SERVICE} (rc={rc})\n")
print("done; remember to revoke the old key in the ModelRed dashboard")
