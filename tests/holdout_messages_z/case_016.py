"""acme_llm.session: a pooled session usable as a context manager."""
from __future__ import annotations

import logging
import os
from types import TracebackType

import requests
from requests.adapters import HTTPAdapter

logger = logging.getLogger("acme_llm.session")


class AcmeSession:
    def __init__(self, api_key: str | None = None, *, pool_size: int = 10, org_id: str | None = None):
        self._api_key = api_key or os.environ["ACME_API_KEY"]
        self.org_id = org_id
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {self._api_key}", "Acme-Org": org_id or ""})
        self._session.mount("https://", HTTPAdapter(pool_connections=pool_size, pool_maxsize=pool_size))
        self.requests_sent = 0

    def __repr__(self) -> str:
        return f"<AcmeSession org={self.org_id!r} sent={self.requests_sent}>"

    def __enter__(self) -> "AcmeSession":
        logger.debug("opening %r", self)
        return self

    def get(self, url: str, **kw) -> requests.Response:
        self.requests_sent += 1
        return self._session.get(url, **kw)

    def post(self, url: str, **kw) -> requests.Response:
        self.requests_sent += 1
        return self._session.post(url, **kw)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc_type is not None:
            logger.warning("session exited with %s after %d requests; headers=%s", exc_type.__name__, self.requests_sent, self._session.headers)
            logger.warning("session error detail: %s", exc)
        self.close()

    def close(self) -> None:
        adapters = len(self._session.adapters)
        self._session.close()
        logger.info("closed session for org %s (%d adapters, %d requests)", self.org_id, adapters, self.requests_sent)

    def whoami(self) -> dict:
        resp = self.get("https://api.acme-llm.com/v1/me", timeout=10)
        if resp.status_code == 401:
            logger.error("whoami rejected (%s): %s", resp.status_code, resp.json().get("error"))
            raise PermissionError("Acme rejected the session's key")
        return resp.json()


if __name__ == "__main__":
    with AcmeSession() as s:
        print(s.whoami().get("email"))
