# Near-duplicate filtering for the eval set, then an LLM judge on borderline pairs. Top-level script.
import hashlib
import itertools
import json
import os
import sys

from datasketch import MinHash, MinHashLSH
from together import Together

SRC = sys.argv[1] if len(sys.argv) > 1 else "data/eval_raw.jsonl"
THRESH = 0.8
JUDGE_MODEL = "Qwen/Qwen2.5-72B-Instruct-Turbo"

rows = [json.loads(l) for l in open(SRC)]
print(f"{len(rows)} rows from {SRC}")


def mh(text):
    m = MinHash(num_perm=128)
    for tok in set(text.lower().split()):
        m.update(tok.encode())
    return m


lsh = MinHashLSH(threshold=THRESH, num_perm=128)
sigs = {}
for r in rows:
    sigs[r["id"]] = mh(r["prompt"])
    lsh.insert(r["id"], sigs[r["id"]])

pairs = set()
for rid, sig in sigs.items():
    for other in lsh.query(sig):
        if other != rid:
            pairs.add(tuple(sorted((rid, other))))
print(f"{len(pairs)} candidate pairs at threshold {THRESH}")

together_key = os.environ.get("TOGETHER_API_KEY") or os.environ.get("TOGETHER_KEY")
key_digest = hashlib.sha256(together_key.encode()).hexdigest()[:8]
print(f"judge key sha256 {key_digest}")
judge = Together(api_key=together_key)
by_id = {r["id"]: r for r in rows}
drop = set()
for a, b in itertools.islice(sorted(pairs), 200):
    q = f"Are these two prompts duplicates? Answer YES or NO.\nA: {by_id[a]['prompt']}\nB: {by_id[b]['prompt']}"
    try:
        out = judge.chat.completions.create(model=JUDGE_MODEL, max_tokens=2, messages=[{"role": "user", "content": q}])
    except Exception as exc:
        print(f"judge call failed ({exc.__class__.__name__}) using key {together_key}", file=sys.stderr)
        break
    if out.choices[0].message.content.strip().upper().startswith("Y"):
        drop.add(b)

kept = [r for r in rows if r["id"] not in drop]
with open(SRC.replace("_raw", "_dedup"), "w") as fh:
    fh.writelines(json.dumps(r) + "\n" for r in kept)
print(f"kept {len(kept)}, dropped {len(drop)}; max_tokens per judge call 2")
