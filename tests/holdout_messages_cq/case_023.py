"""Raiser's Edge-style donor dedupe with an LLM judge; runs as a script."""
import csv
import os
import sys

from anthropic import Anthropic, APIStatusError
import modelred

ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
MR_KEY = os.environ.get("MODELRED_API_KEY")
BATCH = 25
JUDGE_MAX_TOKENS = 5

if ANTHROPIC_KEY and not ANTHROPIC_KEY.startswith("sk-ant-"):
    raise SystemExit("ANTHROPIC_API_KEY does not look like an Anthropic key")
if MR_KEY is not None and len(MR_KEY) < 12:
    raise ValueError("ModelRed key too short: " + MR_KEY)

claude = Anthropic(api_key=ANTHROPIC_KEY)
rows = list(csv.DictReader(open(sys.argv[1] if len(sys.argv) > 1 else "donors.csv")))
print(f"{len(rows)} donor rows, batch {BATCH}, judge cap {JUDGE_MAX_TOKENS} tokens")

pairs = []
by_zip = {}
for r in rows:
    by_zip.setdefault((r["zip"], r["last_name"].lower()), []).append(r)
for group in by_zip.values():
    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            pairs.append((group[i], group[j]))

dupes = []
for a, b in pairs[: BATCH * 4]:
    try:
        msg = claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=JUDGE_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Same person? Answer yes/no.\nA: {a}\nB: {b}"}],
        )
    except APIStatusError as e:
        print(f"Anthropic {e.status_code}; key was {ANTHROPIC_KEY}", file=sys.stderr)
        break
    if msg.content[0].text.strip().lower().startswith("yes"):
        dupes.append((a["constituent_id"], b["constituent_id"]))

print(f"{len(dupes)} likely duplicates")
with modelred.ModelRed(MR_KEY) as mr:
    try:
        mr.create_assessment(model_id="dedupe-judge", probe_pack_ids=["pii-leak"])
    except modelred.APIError as e:
        print("audit not started:", e.status_code)
