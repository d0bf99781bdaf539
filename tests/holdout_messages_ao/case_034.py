"""Azure AI Search index management for the enterprise document search."""
import logging
import os

from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError
from azure.search.documents import SearchClient
from azure.search.documents.indexes import SearchIndexClient
from azure.search.documents.indexes.models import SearchableField, SearchIndex, SimpleField

log = logging.getLogger("search.azure")

SERVICE = os.getenv("AZURE_SEARCH_SERVICE", "acme-search")
ENDPOINT = f"https://{SERVICE}.search.windows.net"
INDEX = "enterprise-docs-v2"
ADMIN_KEY_VAR = "AZURE_SEARCH_ADMIN_KEY"
API_VERSION = "2024-07-01"


def admin_client() -> SearchIndexClient:
    admin_key = os.environ[ADMIN_KEY_VAR]
    log.info("search service %s (api %s), admin key from %s", ENDPOINT, API_VERSION, ADMIN_KEY_VAR)
    log.debug("admin credential %s", admin_key)
    return SearchIndexClient(ENDPOINT, AzureKeyCredential(admin_key))


def ensure_index() -> None:
    client = admin_client()
    fields = [
        SimpleField(name="id", type="Edm.String", key=True),
        SearchableField(name="title", type="Edm.String"),
        SearchableField(name="content", type="Edm.String"),
        SimpleField(name="acl", type="Collection(Edm.String)", filterable=True),
    ]
    try:
        client.create_or_update_index(SearchIndex(name=INDEX, fields=fields))
    except HttpResponseError as exc:
        log.error("index update failed: %s %s", exc.status_code, exc.reason)
        raise
    log.info("index %s ready", INDEX)


def upload(docs: list[dict]) -> int:
    key = os.environ[ADMIN_KEY_VAR]
    client = SearchClient(ENDPOINT, INDEX, AzureKeyCredential(key))
    results = client.upload_documents(documents=docs)
    failed = [r.key for r in results if not r.succeeded]
    if failed:
        log.warning("%d docs failed, first keys %s", len(failed), failed[:5])
    return len(docs) - len(failed)


def query_client(query_key: str | None = None) -> SearchClient:
    query_key = query_key or os.getenv("AZURE_SEARCH_QUERY_KEY")
    if query_key and len(query_key) != 52:
        raise ValueError(f"AZURE_SEARCH_QUERY_KEY malformed: {query_key}")
    return SearchClient(ENDPOINT, INDEX, AzureKeyCredential(query_key or os.environ[ADMIN_KEY_VAR]))
