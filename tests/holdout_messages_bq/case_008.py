"""Milvus collection loader for the image-similarity service."""
import logging
import os

from pymilvus import MilvusClient, DataType
from pymilvus.exceptions import MilvusException

log = logging.getLogger("images.milvus")

MILVUS_URI = os.getenv("MILVUS_URI", "https://in03-abc.api.gcp-us-west1.zillizcloud.com")
TOKEN_ENV = "MILVUS_TOKEN"
COLLECTION = "image_embeddings"


def open_client() -> MilvusClient:
    token = os.environ.get(TOKEN_ENV, "")
    log.info("opening milvus at %s using token from %s", MILVUS_URI, TOKEN_ENV)
    log.debug("milvus token=%s uri=%s", token, MILVUS_URI)
    try:
        return MilvusClient(uri=MILVUS_URI, token=token)
    except MilvusException as exc:
        log.error("milvus connect failed (code %s)", exc.code)
        raise RuntimeError(f"cannot connect to {MILVUS_URI} with token {token}") from exc


def ensure_collection(client: MilvusClient, dim: int = 512):
    if client.has_collection(COLLECTION):
        return
    schema = client.create_schema(auto_id=True, enable_dynamic_field=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
    schema.add_field("path", DataType.VARCHAR, max_length=512)
    index_params = client.prepare_index_params()
    index_params.add_index(field_name="vector", index_type="HNSW", metric_type="IP")
    client.create_collection(COLLECTION, schema=schema, index_params=index_params)
    log.info("created %s (dim=%d)", COLLECTION, dim)


def insert_batch(client: MilvusClient, rows: list[dict]) -> int:
    res = client.insert(COLLECTION, rows)
    log.debug("insert result: %s", res)
    return res["insert_count"]


def search(client: MilvusClient, vector, top_k: int = 10):
    hits = client.search(COLLECTION, data=[vector], limit=top_k, output_fields=["path"])
    return [(h["entity"]["path"], h["distance"]) for h in hits[0]]


if __name__ == "__main__":
    c = open_client()
    ensure_collection(c)
    print(insert_batch(c, [{"vector": [0.0] * 512, "path": "demo.jpg"}]))
