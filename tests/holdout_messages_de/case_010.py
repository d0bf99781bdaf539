"""VarSome annotation adapter (class-based), called from the tertiary-analysis service."""
from __future__ import annotations

import logging
from typing import Iterable

import requests

logger = logging.getLogger("tertiary.varsome")


class VarSomeError(Exception):
    pass


class VarSomeAdapter:
    BASE = "https://api.varsome.com"
    TOKEN_PREFIX = "Token"

    def __init__(self, token: str, genome: str = "hg38", max_batch: int = 200) -> None:
        self._token = token
        self.genome = genome
        self.max_batch = max_batch
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"{self.TOKEN_PREFIX} {token}"
        logger.info("VarSome adapter genome=%s batch=%d", genome, max_batch)

    def __repr__(self) -> str:
        return f"VarSomeAdapter(genome={self.genome!r})"

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.BASE}{path}", json=payload, timeout=90)
        if resp.status_code == 401:
            logger.debug("VarSome 401, session headers: %s", dict(self.session.headers))
            raise VarSomeError(f"VarSome auth failed ({resp.status_code})")
        if resp.status_code >= 400:
            raise VarSomeError(f"VarSome {path}: {resp.json().get('detail', resp.text)}")
        return resp.json()

    def annotate(self, variants: Iterable[str]) -> list[dict]:
        batch = list(variants)[: self.max_batch]
        logger.info("annotating %d variants with %r", len(batch), self)
        return self._post(f"/lookup/batch/{self.genome}", {"variants": batch})

    def rotate(self, new_token: str) -> None:
        logger.info("rotating VarSome token ...%s -> ...%s", self._token[-4:], new_token[-4:])
        self._token = new_token
        self.session.headers["Authorization"] = f"{self.TOKEN_PREFIX} {new_token}"
