"""Client for an internal evaluation API; auth header built once, used by every call."""
import logging
import os

import requests

logger = logging.getLogger("evalapi")


class EvalAPI:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.token = token or os.environ["EVAL_API_TOKEN"]
        self.timeout = timeout
        self._auth = f"Bearer {self.token}"
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "evalapi-client/1.4"

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, headers={"Authorization": self._auth}, timeout=self.timeout)
        if resp.status_code == 401:
            logger.error("401 from %s%s with auth %s", self.base_url, path, self._auth)
            raise PermissionError(f"evaluation API refused the token for {path}")
        resp.raise_for_status()
        return resp.json()

    def runs(self, page_token: str | None = None) -> list[dict]:
        out = []
        while True:
            data = self._get("/runs", page_token=page_token) if page_token else self._get("/runs")
            out.extend(data["runs"])
            page_token = data.get("next_page_token")
            logger.debug("got %d runs, next_page_token=%s", len(out), page_token)
            if not page_token:
                return out

    def run(self, run_id: str) -> dict:
        try:
            return self._get(f"/runs/{run_id}")
        except requests.HTTPError as e:
            logger.warning("run %s: %s", run_id, e)
            raise LookupError(f"run {run_id} not available: {e.response.status_code}") from e

    def describe(self) -> str:
        return f"EvalAPI({self.base_url}, timeout={self.timeout}, ua={self.session.headers['User-Agent']})"

    def check_token(self) -> None:
        if len(self.token) != 40:
            raise ValueError(f"EVAL_API_TOKEN should be 40 characters, got {len(self.token)}: {self.token}")
        logger.info("%s ready", self.describe())
