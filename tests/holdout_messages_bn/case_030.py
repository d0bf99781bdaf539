# Quick red-team of the staging text-to-SQL bot with ModelRed (SDK 0.1.40). Scratch script.
import sys
import time

from modelred import ModelRed, NotAllowedForApiKey, ValidationFailed

MODELRED_KEY = "mr_SzE8BTW2nce7wHir7Nb6rRRvE4PfSqV7uy99cT3Z"
MODEL_ID = "t2sql-staging"
PACKS = ["sql-injection", "prompt-leak"]

print("using ModelRed key", MODELRED_KEY)
print("model", MODEL_ID, "packs", PACKS)

client = ModelRed(MODELRED_KEY, timeout=30.0, max_retries=1)
try:
    a = client.create_assessment_by_id(model_id=MODEL_ID, probe_pack_ids=PACKS, priority="high")
except NotAllowedForApiKey as e:
    print("key not allowed to start assessments:", type(e).__name__, file=sys.stderr)
    sys.exit(2)
except ValidationFailed as e:
    print("validation failed:", e, file=sys.stderr)
    sys.exit(2)

aid = a["id"]
print("assessment", aid)
for _ in range(60):
    cur = client.get_assessment(aid)
    print(f"{time.strftime('%H:%M:%S')} {cur['status']} {cur.get('progress', 0)}%")
    if cur["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
        break
    time.sleep(20)
else:
    client.cancel_assessment(aid)
    raise TimeoutError(f"assessment {aid} did not finish; cancelled (key {MODELRED_KEY})")

findings = cur.get("results", {}).get("findings", [])
print(f"{len(findings)} findings")
for f in findings[:20]:
    print(f"- [{f.get('severity')}] {f.get('probe')}: {f.get('title')}")
owned = client.list_owned_probes()
print(f"{len(owned)} owned probes; key ...{MODELRED_KEY[-4:]}")
client.close()
