import logging

import requests

logger = logging.getLogger("serpapi")


class SearchClient:
    BASE = "https://serpapi.example.com/search"

    def __init__(self, api_key: str, engine: str = "google"):
        self.session = requests.Session()
        self.api_key = api_key
        self.engine = engine

    def search(self, q: str, num: int = 10) -> dict:
        params = {"q": q, "engine": self.engine, "num": num, "api_key": self.api_key}
        logger.debug("search params %s", params)
        resp = self.session.get(self.BASE, params=params, timeout=20)
        logger.info("search %r -> %s in %.2fs", q, resp.status_code, resp.elapsed.total_seconds())
        if resp.status_code == 401:
            raise PermissionError(f"search API refused the request for {q!r} (engine {params['engine']})")
        data = resp.json()
        logger.debug("search_metadata %s", data.get("search_metadata"))
        return data

    def account(self) -> dict:
        kwargs = {"params": {"api_key": self.api_key}, "timeout": 10}
        resp = self.session.get("https://serpapi.example.com/account", **kwargs)
        if not resp.ok:
            raise RuntimeError(f"account lookup failed with {kwargs}")
        plan = resp.json()
        logger.info("plan %s, searches left %s", plan.get("plan_name"), plan.get("total_searches_left"))
        return plan
