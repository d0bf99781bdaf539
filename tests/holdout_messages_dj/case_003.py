# credential chain probe, run at top level from the ops box
import os
import sys
import json
from pathlib import Path

import modelred

CONFIG = Path.home() / ".config" / "modelred" / "credentials.json"
SOURCES = ("MODELRED_API_KEY", "MR_API_KEY", "MODELRED_TOKEN")

found_from = None
mr_key = None
for var in SOURCES:
    value = os.environ.get(var)
    print(f"checking {var}: {'set' if value else 'unset'}")
    if value:
        mr_key = value
        found_from = var
        break

if mr_key is None and CONFIG.exists():
    data = json.loads(CONFIG.read_text())
    print("config profiles:", sorted(data))
    profile = data.get(os.environ.get("MR_PROFILE", "default"), {})
    mr_key = profile.get("api_key")
    found_from = str(CONFIG)
    print("profile fields:", sorted(profile))

if not mr_key:
    sys.stderr.write(f"no ModelRed key in {', '.join(SOURCES)} or {CONFIG}\n")
    sys.exit(2)

print(f"using key from {found_from}")
print(f"resolved key: {mr_key}")

client = modelred.ModelRed(api_key=mr_key)
try:
    models = client.list_models()
except modelred.ModelRedError as e:
    print(f"probe failed: {type(e).__name__}", file=sys.stderr)
    sys.exit(1)

print(f"{len(models)} models visible")
