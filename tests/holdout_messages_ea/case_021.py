"""MongoEngine documents for search-provider keys (Serper, Tavily, Brave)."""
import warnings

import requests
from mongoengine import BooleanField, DateTimeField, Document, StringField, connect

connect(host="mongodb://localhost:27017/agents")

EXPECTED_PREFIX = {"serper": "", "tavily": "tvly-", "brave": "BSA"}


class SearchKey(Document):
    provider = StringField(required=True, choices=list(EXPECTED_PREFIX))
    api_key = StringField()
    active = BooleanField(default=True)
    added = DateTimeField()
    meta = {"collection": "search_keys", "indexes": ["provider"]}


def check_document(doc: SearchKey) -> None:
    if not doc.api_key:
        warnings.warn(f"{doc.provider} search key missing in document {doc.id}: {doc.api_key!r}")
        return
    prefix = EXPECTED_PREFIX[doc.provider]
    if prefix and not doc.api_key.startswith(prefix):
        warnings.warn(f"{doc.provider} key looks malformed: {doc.api_key}", stacklevel=2)
    if len(doc.api_key) < 20:
        raise ValueError("%s key %s is too short" % (doc.provider, doc.api_key))


def tavily_search(query: str) -> dict:
    doc = SearchKey.objects(provider="tavily", active=True).first()
    if doc is None:
        raise LookupError("no active tavily key in collection search_keys")
    check_document(doc)
    resp = requests.post("https://api.tavily.com/search", json={"api_key": doc.api_key, "query": query}, timeout=20)
    if resp.status_code != 200:
        warnings.warn(f"tavily returned {resp.status_code}: {resp.text[:200]}")
    return resp.json()


def brave_search(query: str) -> dict:
    doc = SearchKey.objects(provider="brave", active=True).first()
    headers = {"X-Subscription-Token": doc.api_key, "Accept": "application/json"}
    resp = requests.get("https://api.search.brave.com/res/v1/web/search", params={"q": query}, headers=headers, timeout=20)
    if resp.status_code == 401:
        raise PermissionError(f"Brave rejected token {headers['X-Subscription-Token']}")
    if resp.status_code >= 400:
        warnings.warn(f"brave search failed; sent headers {list(headers)}")
    return resp.json()
