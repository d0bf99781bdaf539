"""Helpers pre-bound with functools.partial for a search API."""
import functools
import sys
import logging
import os

import requests

log = logging.getLogger("search")
SERP_KEY = os.environ.get("SERPAPI_KEY", "")
BASE = "https://serpapi.com/search.json"

search = functools.partial(requests.get, BASE, timeout=15)
keyed_params = functools.partial(dict, engine="google", api_key=SERP_KEY)


def query(q: str, num: int = 10) -> list[dict]:
    params = keyed_params(q=q, num=num)
    log.debug("query %r num=%d engine=%s", q, num, params["engine"])
    resp = search(params=params)
    if resp.status_code == 401:
        log.error("serpapi rejected request params %s", params)
        return []
    if not resp.ok:
        log.warning("serpapi %s: %s", resp.status_code, resp.json().get("error"))
        return []
    results = resp.json().get("organic_results", [])
    log.info("%d results for %r", len(results), q)
    return results


def describe() -> None:
    log.info("search helper %s with %s", search.func.__name__, sorted(keyed_params.keywords))
    print("bound params:", keyed_params.keywords)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    describe()
    for hit in query(" ".join(sys.argv[1:]) or "modelred red teaming", num=5):
        print(hit.get("position"), hit.get("title"), hit.get("link"))
