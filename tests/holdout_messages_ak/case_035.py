# bootstrap_gateway.py - run once on a fresh edge gateway (top-level script, no functions)
import json
import os
import pathlib
import subprocess
import sys

import keyring

SERVICE = "edge-gateway"
DRY_RUN = "--dry-run" in sys.argv
if os.geteuid() != 0 and not DRY_RUN:
    sys.exit("run as root (or pass --dry-run)")

cfg_path = pathlib.Path("/etc/edge-gateway/bootstrap.json")
cfg = json.loads(cfg_path.read_text())

anthropic_key = cfg.pop("anthropic_api_key", None) or os.environ.get("ANTHROPIC_API_KEY")
modelred_key = cfg.pop("modelred_api_key", None) or os.environ.get("MODELRED_API_KEY")
print(f"bootstrap for gateway {cfg.get('gateway_id')} in site {cfg.get('site')}")
print(f"remaining bootstrap fields: {cfg}")

if anthropic_key is None or modelred_key is None:
    sys.exit("keys missing: set ANTHROPIC_API_KEY and MODELRED_API_KEY")

keyring.set_password(SERVICE, "anthropic", anthropic_key)
keyring.set_password(SERVICE, "modelred", modelred_key)
print(f"stored 2 keys in keyring service {SERVICE!r}")

if not modelred_key.startswith("mr_"):
    raise ValueError(f"modelred_api_key must start with mr_: {modelred_key}")

check = keyring.get_password(SERVICE, "anthropic")
print(f"keyring readback anthropic: {check}")

subprocess.run(["systemctl", "enable", "--now", "edge-gateway.service"], check=True)
with open("/var/log/edge-bootstrap.log", "a") as fh:
    print(f"bootstrapped with modelred key {modelred_key}", file=fh)
    print(f"anthropic key length {len(anthropic_key)}", file=fh)
cfg_path.write_text(json.dumps(cfg, indent=2))
print("bootstrap.json rewritten without keys")
if DRY_RUN:
    print("dry run: service enabled anyway, keyring entries kept")
