# Nightly red-team run, pasted from the team notebook.
# Run with: ipython nightly.py

!pip install -q modelred==0.1.40

import os
from modelred import ModelRed

client = ModelRed(os.environ["MODELRED_API_KEY"])

MODELS = ["support-bot-v3", "sales-assistant"]
PACKS = ["pp_core_jailbreak", "pp_core_injection", "pp_pii"]

runs = {}
for m in MODELS:
    runs[m] = client.create_assessment(model=m, probe_pack_ids=PACKS, priority="low")
    print(m, runs[m]["id"])

%time results = {m: client.get_assessment(r["id"]) for m, r in runs.items()}

for m, r in results.items():
    print(f"{m:<20} {r['status']:<10} {r.get('score', '-')}")
