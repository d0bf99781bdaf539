"""Zilliz Cloud ingestion plus a pre-publish ModelRed check (generation 3, sync)."""
import logging
import os

from pymilvus import MilvusClient
from modelred import ModelRed, NotFound, Unauthorized, ServerError

log = logging.getLogger("zilliz_ingest")

ZILLIZ_URI = os.environ.get("ZILLIZ_URI", "https://in03-example.serverless.gcp-us-west1.cloud.zilliz.com")
COLLECTION = "handbook"


def ingest(rows: list[dict]) -> int:
    zilliz_token = os.environ["ZILLIZ_TOKEN"]
    client = MilvusClient(uri=ZILLIZ_URI, token=zilliz_token)
    res = client.insert(collection_name=COLLECTION, data=rows)
    log.info("inserted %d rows into %s at %s", res["insert_count"], COLLECTION, ZILLIZ_URI)
    if res["insert_count"] != len(rows):
        log.warning("short insert; token=%s", zilliz_token)
    return res["insert_count"]


def check_model(model_id: str, packs: list[str]) -> str:
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key, timeout=20.0, max_retries=2) as client:
        try:
            models = client.list_models()
            log.info("%d models visible", len(models.get("data", [])))
            a = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except Unauthorized:
            return "ModelRed key rejected; check MODELRED_API_KEY"
        except NotFound as exc:
            log.info("model missing: %s", exc)
            return f"model {model_id} is not registered"
        except ServerError as exc:
            return f"ModelRed server error: {exc}"
    return f"assessment {a['id']} queued"


if __name__ == "__main__":
    rows = [{"vector": [0.1] * 768, "text": "hello", "source": "handbook.md"}]
    ingest(rows)
    print(check_model("handbook-bot", ["owasp-llm-top10"]))
