"""Europeana search helper for the exhibition-planning assistant."""
import logging
import os

import requests

log = logging.getLogger("exhibits.europeana")

API = "https://api.europeana.eu/record/v2/search.json"
WSKEY_SETTING = "EUROPEANA_WSKEY"


def wskey() -> str:
    key = os.environ.get(WSKEY_SETTING)
    if key is None:
        raise KeyError(f"missing setting {WSKEY_SETTING}")
    return key


def search(query: str, rows: int = 24, reusability: str = "open") -> list[dict]:
    params = {"wskey": wskey(), "query": query, "rows": rows, "reusability": reusability, "profile": "rich"}
    log.debug("europeana search query=%r rows=%d reusability=%s", query, rows, reusability)
    r = requests.get(API, params=params, timeout=20)
    if r.status_code == 401:
        log.error("Europeana rejected request params %s", params)
        return []
    body = r.json()
    if not body.get("success"):
        log.warning("europeana error: %s", body.get("error"))
        return []
    log.info("%s: %d of %d results", query, len(body.get("items", [])), body.get("totalResults", 0))
    return body.get("items", [])


def thumbnails(items: list[dict]) -> list[str]:
    return [i["edmPreview"][0] for i in items if i.get("edmPreview")]


def shortlist(theme: str, llm) -> list[dict]:
    items = search(theme)
    titles = "\n".join(f"- {i.get('title', ['?'])[0]} ({i.get('dataProvider', ['?'])[0]})" for i in items)
    resp = llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Pick 8 objects for an exhibition on {theme}:\n{titles}"}],
    )
    log.info("shortlist for %r used %d tokens", theme, resp.usage.total_tokens)
    return [{"items": items, "pick": resp.choices[0].message.content}]


if __name__ == "__main__":
    k = wskey()
    print(f"Europeana key {k} ok" if search("lighthouses", rows=1) else f"Europeana key {k} failed")
