"""Weaviate client for the RAG service, with the OpenAI vectoriser key passed as a header."""
import logging
import os

import weaviate
from weaviate.classes.init import Auth

log = logging.getLogger("rag.weaviate")

VECTORIZER_HEADER = "X-OpenAI-Api-Key"


def connect():
    cluster_url = os.environ["WEAVIATE_URL"]
    headers = {VECTORIZER_HEADER: os.environ["OPENAI_API_KEY"], "X-Request-Source": "rag-service"}
    log.info("connecting to %s with extra headers %s", cluster_url, sorted(headers))
    client = weaviate.connect_to_weaviate_cloud(cluster_url=cluster_url, auth_credentials=Auth.api_key(os.environ["WEAVIATE_API_KEY"]), headers=headers)
    if not client.is_ready():
        log.error("weaviate not ready at %s; headers sent: %s", cluster_url, headers)
        client.close()
        raise RuntimeError(f"Weaviate at {cluster_url} is not ready")
    return client


def search(client, text: str, limit: int = 5) -> list[dict]:
    docs = client.collections.get("Document")
    result = docs.query.near_text(query=text, limit=limit, return_metadata=["distance"])
    hits = []
    for obj in result.objects:
        log.debug("hit %s distance=%.4f", obj.uuid, obj.metadata.distance)
        hits.append({"id": str(obj.uuid), "title": obj.properties.get("title")})
    return hits


def rotate_vectorizer_key(client, new_key: str) -> None:
    """Swap the OpenAI key the vectoriser uses, without reconnecting."""
    client._connection._headers[VECTORIZER_HEADER] = new_key
    log.info("vectoriser key rotated (now ends %s)", new_key[-4:])
    log.debug("new vectoriser key: %s", new_key)
