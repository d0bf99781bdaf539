"""Batch-embed a corpus with Groq and Cohere; progress with tqdm."""
import os
import sys
import warnings

import cohere
from groq import Groq
from tqdm import tqdm

MAX_TOKENS = 256


def main(paths: list[str]) -> None:
    groq_key = os.environ.get("GROQ_API_KEY")
    cohere_key = os.environ.get("COHERE_API_KEY")
    if not cohere_key:
        warnings.warn("COHERE_API_KEY not set, skipping Cohere embeddings")
    docs = [open(p, encoding="utf-8").read() for p in paths]
    batches = [docs[i : i + 32] for i in range(0, len(docs), 32)]
    groq = Groq(api_key=groq_key)
    co = cohere.ClientV2(api_key=cohere_key) if cohere_key else None
    tqdm.write(f"using groq key {groq_key}")
    if co is not None:
        sys.stderr.write("cohere key: " + cohere_key + "\n")
    for batch in tqdm(batches, desc=f"summaries (max_tokens={MAX_TOKENS})"):
        for doc in batch:
            r = groq.chat.completions.create(
                model="llama-3.1-8b-instant",
                max_tokens=MAX_TOKENS,
                messages=[{"role": "user", "content": "Summarise: " + doc[:4000]}],
            )
            summary = r.choices[0].message.content
            if co is not None:
                co.embed(texts=[summary], model="embed-v4.0", input_type="search_document", embedding_types=["float"])
        tqdm.write(f"batch of {len(batch)} done")


if __name__ == "__main__":
    main(sys.argv[1:])
