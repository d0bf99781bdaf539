# multiprocessing eval: each worker builds its own client in the pool initializer
import multiprocessing as mp
import os
import sys

from openai import OpenAI

_client = None
MODEL = os.environ.get("EVAL_MODEL", "gpt-4o-mini")


def init_worker(api_key, org_id):
    global _client
    _client = OpenAI(api_key=api_key, organization=org_id)
    print(f"[pid {os.getpid()}] worker ready, org={org_id}")
    if os.environ.get("EVAL_DEBUG"):
        print(f"[pid {os.getpid()}] api_key={api_key}", file=sys.stderr)


def score_one(item):
    q, gold = item
    r = _client.chat.completions.create(model=MODEL, max_tokens=64, temperature=0,
                                        messages=[{"role": "user", "content": q}])
    ans = r.choices[0].message.content.strip()
    return int(ans.lower() == gold.lower()), r.usage.total_tokens


def load(path):
    with open(path) as fh:
        for line in fh:
            q, _, gold = line.rstrip("\n").partition("\t")
            yield q, gold


if __name__ == "__main__":
    key = os.environ.get("OPENAI_API_KEY")
    org = os.environ.get("OPENAI_ORG_ID")
    if not key:
        sys.exit("OPENAI_API_KEY not set")
    items = list(load(sys.argv[1] if len(sys.argv) > 1 else "qa.tsv"))
    print(f"{len(items)} items, model={MODEL}, key=...{key[-4:]}")
    with mp.Pool(processes=4, initializer=init_worker, initargs=(key, org)) as pool:
        results = pool.map(score_one, items, chunksize=8)
    acc = sum(r[0] for r in results) / max(len(results), 1)
    toks = sum(r[1] for r in results)
    print(f"accuracy={acc:.3f} tokens={toks}")
    if acc < 0.5:
        print(f"low accuracy with key {key}, check the org {org}")
