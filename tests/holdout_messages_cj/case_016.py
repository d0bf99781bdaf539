"""Guardian Content API archive search + embeddings for the related-stories widget."""
import logging
import os

import requests
import voyageai

LOG = logging.getLogger("related")

GUARDIAN_API = "https://content.guardianapis.com/search"
PAGE_SIZE = 50
API_KEY_PARAM = "api-key"


def search(term: str, page: int = 1) -> list:
    guardian_key = os.environ["GUARDIAN_API_KEY"]
    params = {"q": term, "page": page, "page-size": PAGE_SIZE, "show-fields": "trailText", API_KEY_PARAM: guardian_key}
    r = requests.get(GUARDIAN_API, params=params, timeout=20)
    LOG.info("guardian search %r page %d -> %s", term, page, r.status_code)
    if r.status_code == 403:
        LOG.error("Guardian rejected %s=%s", API_KEY_PARAM, guardian_key)
        return []
    LOG.debug("query sent: %s", {k: v for k, v in params.items() if k != API_KEY_PARAM})
    return r.json()["response"]["results"]


def embed(texts: list[str]) -> list:
    LOG.debug("voyage key set: %s", bool(os.environ.get("VOYAGE_API_KEY")))
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    res = vo.embed(texts, model="voyage-3", input_type="document")
    LOG.info("embedded %d texts, %d tokens", len(texts), res.total_tokens)
    return res.embeddings


def build_index(terms: list[str]) -> dict:
    index = {}
    for term in terms:
        items = search(term)
        vectors = embed([it["fields"]["trailText"] for it in items]) if items else []
        for it, vec in zip(items, vectors):
            index[it["id"]] = vec
    return index


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    idx = build_index(["housing", "transport", "schools"])
    print(f"{len(idx)} stories indexed")
