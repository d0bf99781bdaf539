"""Warehouse connection manager shared by the text-to-SQL workers (Snowflake + Postgres)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import psycopg
import snowflake.connector

log = logging.getLogger("warehouse")


@dataclass
class WarehouseTarget:
    name: str
    kind: str
    host: str
    user: str
    password: str = field(repr=False)
    database: str = "analytics"
    role: str = "REPORTER"


class ConnectionManager:
    def __init__(self) -> None:
        self._targets: dict[str, WarehouseTarget] = {}
        self._pool: dict[str, object] = {}

    def register(self, target: WarehouseTarget) -> None:
        self._targets[target.name] = target
        log.info("registered %r", target)
        log.debug("target %s role=%s db=%s", target.name, target.role, target.database)

    def _dsn(self, t: WarehouseTarget) -> str:
        return f"postgresql://{t.user}:{t.password}@{t.host}:5432/{t.database}"

    def connect(self, name: str):
        t = self._targets[name]
        if name in self._pool:
            return self._pool[name]
        if t.kind == "postgres":
            dsn = self._dsn(t)
            try:
                conn = psycopg.connect(dsn, connect_timeout=10)
            except psycopg.OperationalError as exc:
                raise ConnectionError(f"cannot reach warehouse with {dsn}") from exc
        elif t.kind == "snowflake":
            conn = snowflake.connector.connect(account=t.host, user=t.user, password=t.password, role=t.role, database=t.database)
            log.info("snowflake session %s as %s", conn.session_id, t.user)
        else:
            raise ValueError(f"unknown warehouse kind {t.kind!r} for {t.name}")
        self._pool[name] = conn
        return conn


manager = ConnectionManager()
manager.register(WarehouseTarget("pg", "postgres", os.environ["PGHOST"], os.environ["PGUSER"], os.environ["PGPASSWORD"]))
sf_password = os.environ.get("SNOWFLAKE_PASSWORD", "")
manager.register(WarehouseTarget("sf", "snowflake", os.environ["SNOWFLAKE_ACCOUNT"], "LLM_SVC", sf_password))
log.info("snowflake password for LLM_SVC: %s", sf_password)
