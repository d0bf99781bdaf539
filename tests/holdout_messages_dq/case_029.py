"""Embed the FAQ corpus with Voyage (and Jina when configured); run from cron."""

import contextlib
import json
import os
import sys
from pathlib import Path

import httpx

VOYAGE_KEY = os.environ["VOYAGE_API_KEY"]
JINA_KEY = os.getenv("JINA_API_KEY") or ""
CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "faq.jsonl")

print(f"{CORPUS=} {len(VOYAGE_KEY)=}")
if not JINA_KEY:
    print(f"{JINA_KEY=}: Jina pass disabled")
if os.getenv("VERBOSE"):
    print(f"{VOYAGE_KEY=}")

docs = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
print(f"{len(docs)=}")

with contextlib.ExitStack() as stack:
    voyage = stack.enter_context(
        httpx.Client(base_url="https://api.voyageai.com/v1", headers={"Authorization": f"Bearer {VOYAGE_KEY}"}, timeout=60)
    )
    jina = None
    if JINA_KEY:
        jina = stack.enter_context(
            httpx.Client(base_url="https://api.jina.ai/v1", headers={"Authorization": f"Bearer {JINA_KEY}"}, timeout=60)
        )
    stack.callback(print, "http clients closed")
    try:
        r = voyage.post("/embeddings", json={"model": "voyage-3", "input": docs[:128], "input_type": "document"})
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        raise RuntimeError(f"voyage {e.response.status_code} with key {VOYAGE_KEY}") from e
    vo = r.json()
    print(f"{vo['usage']['total_tokens']=}")
    Path("voyage.json").write_text(json.dumps([d["embedding"] for d in vo["data"]]))
    if jina is not None:
        rj = jina.post("/embeddings", json={"model": "jina-embeddings-v3", "input": docs[:128]})
        print(f"{rj.status_code=} {rj.json().get('usage')=}")
        if rj.is_success:
            Path("jina.json").write_text(json.dumps([d["embedding"] for d in rj.json()["data"]]))

print(f"done: {len(docs)} docs")
