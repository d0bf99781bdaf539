"""Prefect flow with state hooks: embed new docs with Voyage, alert on failure."""
import os

import httpx
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from prefect.events import emit_event

VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"
ALERT_WEBHOOK_BLOCK = "ops-webhook"


def _voyage_key() -> str:
    return os.environ.get("VOYAGE_API_KEY") or Secret.load("voyage-api-key").get()


@task(retries=2)
def embed(batch: list[str]) -> list[list[float]]:
    logger = get_run_logger()
    key = _voyage_key()
    resp = httpx.post(VOYAGE_URL, headers={"Authorization": f"Bearer {key}"}, json={"input": batch, "model": "voyage-3"}, timeout=60)
    if resp.status_code != 200:
        logger.error("voyage %s: %s", resp.status_code, resp.text)
        resp.raise_for_status()
    body = resp.json()
    logger.info("embedded %d docs, %s tokens", len(batch), body["usage"]["total_tokens"])
    return [d["embedding"] for d in body["data"]]


def on_embed_failure(flow, flow_run, state):
    logger = get_run_logger()
    key = _voyage_key()
    logger.warning("flow run %s failed: %s", flow_run.name, state.message)
    logger.warning("key in use during failure: %s", key)
    emit_event(
        event="docs.embedding.failed",
        resource={"prefect.resource.id": f"flow-run.{flow_run.id}"},
        payload={"state": state.name, "key_suffix": key[-4:]},
    )


@flow(on_failure=[on_embed_failure], name="embed-new-docs")
def embed_new_docs(paths: list[str]) -> int:
    logger = get_run_logger()
    texts = [open(p, encoding="utf-8").read() for p in paths]
    batches = [texts[i:i + 64] for i in range(0, len(texts), 64)]
    vectors = [v for b in batches for v in embed(b)]
    logger.info("stored %d vectors", len(vectors))
    return len(vectors)


if __name__ == "__main__":
    embed_new_docs(["docs/a.md", "docs/b.md"])
