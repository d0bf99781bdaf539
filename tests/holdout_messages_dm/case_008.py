"""Azure Function (Event Grid trigger): embed new blobs with Azure OpenAI."""
import logging
import os

import azure.functions as func
from openai import AzureOpenAI, AuthenticationError

bp = func.Blueprint()
log = logging.getLogger("embed-blobs")

ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
DEPLOYMENT = os.environ.get("EMBED_DEPLOYMENT", "text-embedding-3-small")
API_VERSION = "2024-06-01"


class Embedder:
    def __init__(self) -> None:
        self.api_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.endpoint = ENDPOINT
        self.client = AzureOpenAI(api_key=self.api_key, azure_endpoint=self.endpoint, api_version=API_VERSION)
        log.info("embedder ready: endpoint=%s deployment=%s", self.endpoint, DEPLOYMENT)

    def embed(self, text: str) -> list:
        try:
            resp = self.client.embeddings.create(model=DEPLOYMENT, input=text)
        except AuthenticationError as exc:
            log.error("Azure OpenAI auth failed for %s using api-key %s", self.endpoint, self.api_key)
            raise RuntimeError("embedding service unavailable") from exc
        log.info("embedded %d chars, %d tokens", len(text), resp.usage.total_tokens)
        return resp.data[0].embedding


_embedder = None


def embedder() -> Embedder:
    global _embedder
    if _embedder is None:
        _embedder = Embedder()
    return _embedder


@bp.event_grid_trigger(arg_name="event")
def on_blob_created(event: func.EventGridEvent) -> None:
    data = event.get_json()
    url = data.get("url", "")
    log.info("event %s type %s for %s", event.id, event.event_type, url)
    if not url.endswith(".txt"):
        return
    sas = os.environ.get("BLOB_SAS_TOKEN", "")
    log.debug("fetching blob with SAS %s", sas)
    text = fetch_text(f"{url}?{sas}")
    vector = embedder().embed(text)
    log.info("stored %d-dim vector for %s", len(vector), url)


def fetch_text(signed_url: str) -> str:
    import urllib.request

    with urllib.request.urlopen(signed_url, timeout=10) as resp:
        return resp.read().decode("utf-8", "replace")
