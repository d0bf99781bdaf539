"""Shared HTTP session for the internal LLM proxy."""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)


def make_session(api_key=None):
    api_key = api_key or os.environ["PROXY_API_KEY"]
    s = requests.Session()
    s.headers.update({"x-api-key": api_key, "User-Agent": "acme-llm/1.4"})
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(429, 502, 503))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    logger.debug("session ready, UA=%s", s.headers["User-Agent"])
    logger.debug("session headers: %s", s.headers)
    return s


class Proxy:
    def __init__(self, base_url, session=None):
        self.base_url = base_url
        self.session = session or make_session()

    def post(self, path, payload):
        resp = self.session.post(self.base_url + path, json=payload, timeout=60)
        logger.info("POST %s -> %s in %.2fs", path, resp.status_code, resp.elapsed.total_seconds())
        if not resp.ok:
            logger.error("proxy error body: %s", resp.text)
            raise RuntimeError(f"proxy returned {resp.status_code} for {path}")
        return resp.json()

    def describe(self):
        names = ", ".join(sorted(self.session.headers.keys()))
        logger.info("proxy %s sends headers: %s", self.base_url, names)
        return names

    def dump_state(self):
        state = {"base_url": self.base_url, "headers": dict(self.session.headers)}
        print("proxy state", state)
        return state
