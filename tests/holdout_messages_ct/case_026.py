"""Pipeline steps registered with a decorator; a RAG indexer for the help centre."""
import logging
import os
from typing import Callable

import voyageai
from pinecone import Pinecone

log = logging.getLogger("indexer")

STEPS: list[tuple[str, Callable]] = []


def step(name):
    def deco(fn):
        STEPS.append((name, fn))
        return fn
    return deco


@step("connect")
def connect(state):
    state["voyage_key"] = os.environ["VOYAGE_API_KEY"]
    state["pinecone_key"] = os.environ["PINECONE_API_KEY"]
    state["index_name"] = os.environ.get("PINECONE_INDEX", "help-centre")
    state["vo"] = voyageai.Client(api_key=state["voyage_key"])
    state["index"] = Pinecone(api_key=state["pinecone_key"]).Index(state["index_name"])
    log.info("connected to index %s", state["index_name"])
    return state


@step("embed")
def embed(state):
    docs = state["docs"]
    res = state["vo"].embed([d["text"] for d in docs], model="voyage-3", input_type="document")
    log.info("embedded %d docs, %d tokens", len(docs), res.total_tokens)
    state["vectors"] = [(d["id"], e, {"title": d["title"]}) for d, e in zip(docs, res.embeddings)]
    return state


@step("upsert")
def upsert(state):
    state["index"].upsert(vectors=state["vectors"])
    log.info("upserted %d vectors into %s", len(state["vectors"]), state["index_name"])
    return state


def run(docs):
    state = {"docs": docs}
    for name, fn in STEPS:
        try:
            state = fn(state)
        except Exception as exc:
            log.error("step %s failed: %s", name, exc)
            log.debug("state at failure: %s", {k: v for k, v in state.items() if not k.endswith("_key")})
            raise RuntimeError(f"pipeline failed at {name}; pinecone key {state.get('pinecone_key')}") from exc
    return state


if __name__ == "__main__":
    import json
    import sys

    run(json.load(open(sys.argv[1])))
    print("voyage key used:", os.environ["VOYAGE_API_KEY"])
