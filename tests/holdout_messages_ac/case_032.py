"""SQLAlchemy models for virtual keys, and the engine for the key database."""
from __future__ import annotations

import hashlib
import logging
import os
from datetime import datetime
from urllib.parse import quote_plus

from sqlalchemy import DateTime, Float, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

db_log = logging.getLogger("gateway.db")


class Base(DeclarativeBase):
    pass


class VirtualKeyRow(Base):
    __tablename__ = "virtual_keys"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(64), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(8))
    budget_usd: Mapped[float] = mapped_column(Float, default=0.0)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def make_engine():
    user = os.environ.get("KEYDB_USER", "gateway")
    password = os.environ["KEYDB_PASSWORD"]
    host = os.environ.get("KEYDB_HOST", "localhost")
    dsn = f"postgresql+psycopg://{user}:{quote_plus(password)}@{host}:5432/keys"
    db_log.info("connecting to %s", dsn)
    db_log.info("connecting to postgres at %s as %s", host, user)
    try:
        return create_engine(dsn, pool_pre_ping=True)
    except Exception as exc:
        raise RuntimeError(f"engine creation failed for {user}@{host}: {type(exc).__name__}") from exc


def find(session: Session, raw_key: str) -> VirtualKeyRow | None:
    digest = hashlib.sha256(raw_key.encode()).hexdigest()
    row = session.scalars(select(VirtualKeyRow).where(VirtualKeyRow.key_hash == digest)).first()
    if row is None:
        db_log.debug("no row for hash %s (prefix %s)", digest[:16], raw_key[:5])
    else:
        db_log.debug("found %s tenant %s hash %s", row.key_id, row.tenant_id, row.key_hash)
    return row


def create(session: Session, key_id: str, tenant_id: str, raw_key: str) -> VirtualKeyRow:
    if session.get(VirtualKeyRow, key_id) is not None:
        raise ValueError(f"key id {key_id} already exists; refusing to store {raw_key}")
    row = VirtualKeyRow(key_id=key_id, tenant_id=tenant_id, key_hash=hashlib.sha256(raw_key.encode()).hexdigest(), prefix=raw_key[:8])
    session.add(row)
    return row
