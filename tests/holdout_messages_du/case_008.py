"""Embed a document corpus with Cohere across a Ray cluster (run as a script)."""
import json
import os
import sys

import cohere
import ray

BATCH = 96
COHERE_ENV = "CO_API_KEY"


@ray.remote(num_cpus=1, max_retries=2)
def embed_batch(batch_no: int, texts: list[str], cohere_key: str) -> list[list[float]]:
    if len(cohere_key) < 20:
        raise ValueError(f"batch {batch_no}: Cohere key {cohere_key!r} is too short")
    co = cohere.ClientV2(api_key=cohere_key)
    try:
        res = co.embed(texts=texts, model="embed-english-v3.0", input_type="search_document",
                       embedding_types=["float"])
    except cohere.errors.UnauthorizedError as err:
        print(f"[batch {batch_no}] unauthorized: {err.status_code}", file=sys.stderr)
        print(f"[batch {batch_no}] key used: {cohere_key}", file=sys.stderr)
        raise
    print(f"[batch {batch_no}] {len(texts)} texts, billed {res.meta.billed_units.input_tokens} tokens")
    return res.embeddings.float_


ray.init(address=os.environ.get("RAY_ADDRESS", "auto"))
key = os.environ.get(COHERE_ENV)
if not key:
    sys.exit(f"set {COHERE_ENV} first")
print(f"using {COHERE_ENV} ({len(key)} chars) on {len(ray.nodes())} nodes")

with open(sys.argv[1], encoding="utf-8") as fh:
    docs = [json.loads(line)["text"] for line in fh]

key_ref = ray.put(key)
futures = [embed_batch.remote(i, docs[s:s + BATCH], key_ref) for i, s in enumerate(range(0, len(docs), BATCH))]
vectors = []
for batch in ray.get(futures):
    vectors.extend(batch)
print(f"embedded {len(vectors)} documents; dim {len(vectors[0]) if vectors else 0}")
with open("embeddings.jsonl", "w", encoding="utf-8") as out:
    for doc, vec in zip(docs, vectors):
        out.write(json.dumps({"text": doc[:80], "vector": vec}) + "\n")
