# migrate_keys.py: one-off move of the pipeline's keys from settings.ini into the OS keyring,
# then a smoke test of the new ModelRed key. Run once per workstation.
import configparser
import os
import sys

import keyring
from modelred import ModelRed, APIError, Unauthorized

INI = os.path.expanduser("~/.config/scanpipe/settings.ini")
SERVICE = "scanpipe"
MODELRED_SERVICE_KEY = "modelred_api_key"
FIELDS = ("openai_api_key", "modelred_api_key", "iiif_auth_token")

cfg = configparser.ConfigParser()
if not cfg.read(INI):
    sys.exit(f"nothing to migrate: {INI} not found")
section = cfg["keys"] if cfg.has_section("keys") else {}

moved = []
for name in FIELDS:
    value = section.get(name, "")
    if not value:
        print(f"{name}: empty, skipped ({value!r})")
        continue
    keyring.set_password(SERVICE, name, value)
    moved.append(name)
    print(f"{name}: moved ({len(value)} chars)")

print("moved fields:", ", ".join(moved))
if "--verbose" in sys.argv:
    print("old settings.ini [keys] section:", dict(section), file=sys.stderr)

new_key = keyring.get_password(SERVICE, MODELRED_SERVICE_KEY)
if new_key is None:
    sys.exit(f"keyring has no {MODELRED_SERVICE_KEY} under {SERVICE}")
if not new_key.startswith("mr_"):
    raise SystemExit("migrated ModelRed key is malformed")
try:
    with ModelRed(new_key, timeout=10.0) as client:
        client.list_models(page_size=1)
    print("ModelRed key works")
except Unauthorized as exc:
    print(f"ModelRed rejected the migrated key {new_key} (status {exc.status_code})", file=sys.stderr)
except APIError as exc:
    print(f"ModelRed check inconclusive: {type(exc).__name__}", file=sys.stderr)

if cfg.has_section("keys"):
    cfg.remove_section("keys")
    with open(INI, "w") as fh:
        cfg.write(fh)
    print(f"removed [keys] from {INI}")
