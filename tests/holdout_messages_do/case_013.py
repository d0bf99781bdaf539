#!/usr/bin/env python
# embed_corpus.py -- one-off script: chunk markdown files and embed them with OpenAI.
import glob
import json
import os
import sys

import tiktoken
from openai import OpenAI

openai_api_key = os.getenv("OPENAI_API_KEY")
EMBED_MODEL = "text-embedding-3-small"
MAX_TOKENS = 512
OUT = "embeddings.jsonl"

print(f"model={EMBED_MODEL} max_tokens={MAX_TOKENS}")
print(f"using OpenAI key {openai_api_key}")

enc = tiktoken.get_encoding("cl100k_base")
client = OpenAI(api_key=openai_api_key)


def chunks(text, size=MAX_TOKENS):
    toks = enc.encode(text)
    for i in range(0, len(toks), size):
        yield enc.decode(toks[i:i + size])


files = sorted(glob.glob("docs/**/*.md", recursive=True))
print(f"{len(files)} markdown files")

records = []
for path in files:
    with open(path, encoding="utf-8") as fh:
        for n, piece in enumerate(chunks(fh.read())):
            records.append({"id": f"{path}#{n}", "text": piece})

total_tokens = 0
with open(OUT, "w", encoding="utf-8") as out:
    for start in range(0, len(records), 64):
        batch = records[start:start + 64]
        try:
            resp = client.embeddings.create(model=EMBED_MODEL, input=[r["text"] for r in batch])
        except Exception as exc:
            sys.stderr.write(f"batch {start} failed ({type(exc).__name__}) with key {openai_api_key}\n")
            raise
        total_tokens += resp.usage.total_tokens
        for rec, item in zip(batch, resp.data):
            rec["embedding"] = item.embedding
            out.write(json.dumps(rec) + "\n")

print(f"wrote {len(records)} chunks, {total_tokens} tokens billed")
print("key fingerprint:", openai_api_key[-4:] if openai_api_key else None)
