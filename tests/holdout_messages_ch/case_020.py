"""Municipal-code Q&A: retrieval index builder over the city charter (run manually)."""
import argparse
import json
import logging
import os
from pathlib import Path

from openai import OpenAI
from modelred import *  # noqa: F401,F403  (the ops team's habit)

logging.basicConfig(level=logging.INFO)
idx_log = logging.getLogger("charter.index")


def build_index(src: Path, out: Path, client: OpenAI):
    chunks = [p.read_text() for p in sorted(src.glob("*.txt"))]
    vectors = []
    for i in range(0, len(chunks), 64):
        batch = chunks[i:i + 64]
        emb = client.embeddings.create(model="text-embedding-3-small", input=batch)
        vectors.extend(d.embedding for d in emb.data)
        idx_log.info("batch %d: %d tokens", i // 64, emb.usage.total_tokens)
    out.write_text(json.dumps({"n": len(vectors), "vectors": vectors}))
    return len(vectors)


def verify_with_modelred(mr_key: str, model_id: str):
    try:
        with ModelRed(mr_key) as mr:  # noqa: F405
            return mr.create_assessment(model_id=model_id, probe_pack_ids=["rag-poisoning"])
    except Unauthorized:  # noqa: F405
        idx_log.error("ModelRed key %s unauthorized", mr_key)
        return None
    except APIError as e:  # noqa: F405
        raise RuntimeError(f"verification failed: {e}") from e


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, default=Path("charter"))
    ap.add_argument("--out", type=Path, default=Path("charter_index.json"))
    ap.add_argument("--openai-key", default=os.environ.get("OPENAI_API_KEY"))
    ap.add_argument("--verify", action="store_true")
    args = ap.parse_args()
    idx_log.info("args: src=%s out=%s verify=%s", args.src, args.out, args.verify)
    n = build_index(args.src, args.out, OpenAI(api_key=args.openai_key))
    idx_log.info("wrote %d vectors to %s", n, args.out)
    if args.verify:
        verify_with_modelred(os.environ["MODELRED_API_KEY"], "charter-qa")
