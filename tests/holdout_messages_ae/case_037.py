#!/usr/bin/env python3
"""migrate-config: move ~/.aihelper.yaml (legacy) to $XDG_CONFIG_HOME/aihelper/config.toml."""
import os
import sys
from pathlib import Path

import keyring
import tomli_w
import yaml

LEGACY = Path.home() / ".aihelper.yaml"
NEW_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "aihelper"
SECRET_KEYS = ("api_key", "modelred_api_key", "hf_token")

if not LEGACY.exists():
    print(f"nothing to migrate ({LEGACY} not found)")
    sys.exit(0)

data = yaml.safe_load(LEGACY.read_text()) or {}
print(f"migrating {LEGACY}: fields {sorted(data)}")
if "--verbose" in sys.argv:
    print(f"legacy content: {data}")

secrets_moved = []
for field in SECRET_KEYS:
    value = data.pop(field, None)
    if not value:
        print(f"  {field}: empty, skipped ({value!r})")
        continue
    if not isinstance(value, str):
        raise TypeError(f"{field} in {LEGACY} must be a string, got {type(value).__name__}")
    keyring.set_password("aihelper", field, value)
    secrets_moved.append(field)

hf_token = os.environ.get("HF_TOKEN")
if hf_token and "hf_token" not in secrets_moved:
    if not hf_token.startswith("hf_"):
        raise ValueError(f"HF_TOKEN does not look like a Hugging Face token: {hf_token}")
    keyring.set_password("aihelper", "hf_token", hf_token)
    secrets_moved.append("hf_token")

NEW_DIR.mkdir(parents=True, exist_ok=True)
(NEW_DIR / "config.toml").write_text(tomli_w.dumps({"aihelper": data}))
print(f"wrote {NEW_DIR / 'config.toml'} with {len(data)} field(s)")
print(f"moved to keyring: {', '.join(secrets_moved) or 'nothing'}")
LEGACY.rename(LEGACY.with_suffix(".yaml.bak"))
print(f"kept a backup at {LEGACY.with_suffix('.yaml.bak')}")
