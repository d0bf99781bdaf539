"""Embed a corpus with Cohere, progress through tqdm."""
import json
import os
import time
from pathlib import Path

import cohere
from tqdm import tqdm

BATCH = 96
PRIMARY_ENV = "COHERE_API_KEY"
FALLBACK_ENV = "COHERE_FALLBACK_KEY"


def read_docs(path: Path) -> list[str]:
    with path.open() as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def embed_corpus(path: Path, out: Path) -> None:
    co_key = os.environ[PRIMARY_ENV]
    fallback = os.environ.get(FALLBACK_ENV)
    docs = read_docs(path)
    client = cohere.Client(co_key)
    vectors: list[list[float]] = []
    with tqdm(total=len(docs), unit="doc") as pbar:
        pbar.set_postfix(key=co_key[-4:])
        for start in range(0, len(docs), BATCH):
            chunk = docs[start : start + BATCH]
            try:
                resp = client.embed(texts=chunk, model="embed-english-v3.0", input_type="search_document")
            except cohere.errors.UnauthorizedError:
                if not fallback:
                    raise
                tqdm.write(f"primary key rejected, switching to {fallback}")
                client = cohere.Client(fallback)
                co_key = fallback
                resp = client.embed(texts=chunk, model="embed-english-v3.0", input_type="search_document")
            except cohere.errors.TooManyRequestsError:
                tqdm.write(f"rate limited at batch {start // BATCH}, sleeping")
                time.sleep(20)
                continue
            vectors.extend(resp.embeddings)
            billed = resp.meta.billed_units.input_tokens if resp.meta else 0
            tqdm.write(f"batch {start // BATCH}: {billed} tokens billed")
            pbar.update(len(chunk))
    if len(vectors) != len(docs):
        raise RuntimeError(f"embedded {len(vectors)} of {len(docs)} docs with key {co_key}")
    out.write_text(json.dumps(vectors))
    tqdm.write(f"wrote {out} ({len(vectors)} vectors, env {PRIMARY_ENV})")


if __name__ == "__main__":
    import sys

    embed_corpus(Path(sys.argv[1]), Path(sys.argv[2]))
