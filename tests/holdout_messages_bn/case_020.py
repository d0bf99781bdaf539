"""Databricks SQL warehouse pool for the LLM metrics assistant."""
from __future__ import annotations

import logging
import os
import threading
import warnings

from databricks import sql as dbsql

logger = logging.getLogger("dbx_pool")
TOKEN_PREFIX = "dapi"


class DatabricksPool:
    def __init__(self, hostname: str, http_path: str, access_token: str, size: int = 4):
        self.hostname = hostname
        self.http_path = http_path
        self._access_token = access_token
        self.size = size
        self._free: list = []
        self._lock = threading.Lock()
        if not access_token.startswith(TOKEN_PREFIX):
            warnings.warn(f"Databricks token {access_token} does not start with {TOKEN_PREFIX}")
        logger.info("pool for %s%s size=%d", hostname, http_path, size)

    def _open(self):
        try:
            return dbsql.connect(server_hostname=self.hostname, http_path=self.http_path, access_token=self._access_token)
        except Exception as exc:
            logger.error("connect to %s failed: %s", self.hostname, exc)
            raise ConnectionError(f"Databricks connect failed (token {self._access_token})") from exc

    def acquire(self):
        with self._lock:
            if self._free:
                return self._free.pop()
        return self._open()

    def release(self, conn) -> None:
        with self._lock:
            if len(self._free) < self.size:
                self._free.append(conn)
                return
        conn.close()

    def query(self, statement: str) -> list[tuple]:
        conn = self.acquire()
        try:
            with conn.cursor() as cur:
                cur.execute(statement)
                rows = cur.fetchall()
                logger.debug("%d rows from %s", len(rows), self.hostname)
                return rows
        finally:
            self.release(conn)


pool = DatabricksPool(os.environ["DATABRICKS_HOST"], os.environ["DATABRICKS_HTTP_PATH"], os.environ["DATABRICKS_TOKEN"])
