# One-off migration, run as `python -m deskassist.migrate_keys`: move API keys from the
# old plaintext config into the OS keychain, then blank them in the file.
import json
import sys
from pathlib import Path

import keyring

OLD_CONFIG = Path.home() / ".deskassist" / "config.json"
SERVICE = "deskassist"
KEY_FIELDS = ("openai_key", "anthropic_key", "modelred_key")

if not OLD_CONFIG.exists():
    print(f"nothing to migrate: {OLD_CONFIG} not found")
    sys.exit(0)

cfg = json.loads(OLD_CONFIG.read_text())
print(f"found {OLD_CONFIG} with fields {sorted(cfg)}")
migrated = []

for field in KEY_FIELDS:
    value = cfg.get(field)
    if not value:
        print(f"  {field}: empty ({value!r}), skipped")
        continue
    if keyring.get_password(SERVICE, field):
        print(f"  {field}: already in keychain, leaving file value …{value[-4:]}")
        continue
    keyring.set_password(SERVICE, field, value)
    print(f"  {field}: moved {value} to keychain")
    cfg[field] = ""
    migrated.append(field)

modelred_key = keyring.get_password(SERVICE, "modelred_key") or ""
if modelred_key and not modelred_key.startswith("mr_"):
    raise ValueError(f"keychain modelred_key is not an mr_ key: {modelred_key}")

backup = OLD_CONFIG.with_suffix(".json.bak")
backup.write_text(OLD_CONFIG.read_text())
OLD_CONFIG.write_text(json.dumps(cfg, indent=2))
print(f"backup of the old file kept at {backup}")
print(f"migrated {len(migrated)} key(s): {', '.join(migrated) or 'none'}")
