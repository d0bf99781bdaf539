"""Elasticsearch inference endpoint setup (ELSER / OpenAI) for semantic_text fields."""
import logging
import os

from elasticsearch import Elasticsearch, ApiError

log = logging.getLogger("es.inference")


def create_openai_endpoint(es: Elasticsearch, inference_id: str, openai_key: str) -> dict:
    body = {
        "service": "openai",
        "service_settings": {"api_key": openai_key, "model_id": "text-embedding-3-small", "dimensions": 512},
    }
    log.info("creating inference endpoint %s with model %s", inference_id, body["service_settings"]["model_id"])
    try:
        return es.inference.put(inference_id=inference_id, task_type="text_embedding", inference_config=body)
    except ApiError as exc:
        log.error("put inference %s failed (%s): %s", inference_id, exc.meta.status, exc.body)
        raise ValueError(f"inference endpoint rejected settings {body['service_settings']}") from exc


def create_index(es: Elasticsearch, index: str, inference_id: str):
    mappings = {"properties": {"content": {"type": "semantic_text", "inference_id": inference_id}, "title": {"type": "text"}}}
    if es.indices.exists(index=index):
        log.info("index %s exists", index)
        return
    es.indices.create(index=index, mappings=mappings)
    log.info("created %s bound to %s", index, inference_id)


def main():
    es_url = os.environ["ES_URL"]
    es_key = os.environ["ES_API_KEY"]
    es = Elasticsearch(es_url, api_key=es_key)
    openai_key = os.environ["OPENAI_API_KEY"]
    print(f"connected to {es.info()['cluster_name']}")
    create_openai_endpoint(es, "openai-small", openai_key)
    create_index(es, "handbook", "openai-small")
    print(f"setup done; es key {es_key}, openai key {openai_key}")


if __name__ == "__main__":
    main()
