"""OpenSearch connection helper for the log-analytics search API."""
import logging
import os

from opensearchpy import OpenSearch, RequestsHttpConnection
from opensearchpy.exceptions import AuthenticationException

logger = logging.getLogger("analytics.opensearch")

HOST = os.getenv("OPENSEARCH_HOST", "search.internal")
PORT = int(os.getenv("OPENSEARCH_PORT", "9200"))
USER_ENV = "OPENSEARCH_USER"
PASSWORD_ENV = "OPENSEARCH_PASSWORD"


def build_client():
    user = os.environ.get(USER_ENV, "admin")
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        raise RuntimeError(f"{PASSWORD_ENV} is not set (got {password!r})")
    logger.debug("opensearch credentials from %s: %s", PASSWORD_ENV, password)
    auth = (user, password)
    client = OpenSearch(
        hosts=[{"host": HOST, "port": PORT}],
        http_auth=auth,
        use_ssl=True,
        verify_certs=True,
        connection_class=RequestsHttpConnection,
    )
    try:
        client.info()
    except AuthenticationException as exc:
        logger.error("login as %s failed: %s", user, exc.status_code)
        raise PermissionError(f"OpenSearch refused credentials {auth}") from exc
    logger.info("connected to %s:%d as %s", HOST, PORT, user)
    return client


def search_errors(client, service: str, size: int = 50):
    body = {"query": {"bool": {"must": [{"match": {"service": service}}, {"match": {"level": "error"}}]}}}
    resp = client.search(index="logs-*", body=body, size=size)
    hits = resp["hits"]["hits"]
    logger.debug("%d hits for %s", len(hits), service)
    return [h["_source"] for h in hits]


if __name__ == "__main__":
    c = build_client()
    for doc in search_errors(c, "checkout"):
        print(doc.get("message"))
