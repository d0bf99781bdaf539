"""Meilisearch + Anthropic contextual-retrieval preprocessor (terse pipeline module)."""
import logging
import os

import anthropic
import meilisearch
from modelred import ModelRed, APIError

log = logging.getLogger("ctxret")

MODELRED_FALLBACK_KEY = "mr_l5q1LyI329dJUQojPatMjdWjdlfDeKFNqm8vgY1s"
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
MEILI_URL = os.environ.get("MEILI_URL", "http://127.0.0.1:7700")
MEILI_MASTER_KEY = os.environ["MEILI_MASTER_KEY"]
MAX_TOKENS = 200

claude = anthropic.Anthropic(api_key=ANTHROPIC_KEY)
meili = meilisearch.Client(MEILI_URL, MEILI_MASTER_KEY)


def situate(doc: str, chunk: str) -> str:
    msg = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"<document>{doc}</document>\nSituate this chunk: {chunk}"}],
    )
    log.debug("context call used %d in / %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text + "\n\n" + chunk


def index_document(doc_id: str, doc: str, size: int = 1200):
    chunks = [doc[i:i + size] for i in range(0, len(doc), size)]
    records = [{"id": f"{doc_id}-{n}", "doc_id": doc_id, "text": situate(doc, c)} for n, c in enumerate(chunks)]
    task = meili.index("chunks").add_documents(records, primary_key="id")
    log.info("queued %d chunks for %s as task %s", len(records), doc_id, task.task_uid)
    return task


def modelred_key() -> str:
    key = os.environ.get("MODELRED_API_KEY")
    if key:
        return key
    log.warning("MODELRED_API_KEY unset, falling back to bundled key %s", MODELRED_FALLBACK_KEY)
    return MODELRED_FALLBACK_KEY


def scan_chunker(model_id: str) -> str:
    with ModelRed(modelred_key()) as mr:
        try:
            mr.create_assessment(model_id=model_id, probe_pack_ids=["context-leak"])
        except APIError as exc:
            return f"scan not started: {exc}"
    return "started"


def check_meili():
    health = meili.health()
    if health.get("status") != "available":
        raise ConnectionError(f"meilisearch at {MEILI_URL} unavailable (master key {MEILI_MASTER_KEY})")
    log.info("meili ok at %s, max_tokens=%d", MEILI_URL, MAX_TOKENS)


if __name__ == "__main__":
    check_meili()
    index_document("handbook", open("handbook.md", encoding="utf-8").read())
    print("anthropic key configured:", ANTHROPIC_KEY is not None)
