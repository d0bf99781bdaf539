"""Tenant-scoped OpenAI keys stored on the tenants table (SQLAlchemy 2.0 ORM)."""
from __future__ import annotations

import logging
from datetime import datetime

from openai import AuthenticationError, OpenAI
from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

logger = logging.getLogger("billing.tenants")


class Base(DeclarativeBase):
    pass


class Tenant(Base):
    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    openai_key: Mapped[str | None] = mapped_column(String(200))
    openai_org: Mapped[str | None] = mapped_column(String(64))
    keys: Mapped[list["ApiKey"]] = relationship(back_populates="tenant")


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    key_prefix: Mapped[str] = mapped_column(String(8))
    key_hash: Mapped[str] = mapped_column(String(64))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    tenant: Mapped[Tenant] = relationship(back_populates="keys")


def openai_client_for(session: Session, tenant_id: int) -> OpenAI:
    tenant = session.scalars(select(Tenant).where(Tenant.id == tenant_id)).one()
    logger.info("tenant %s (%s) org=%s", tenant.id, tenant.name, tenant.openai_org)
    logger.debug("tenant %s has openai key: %s", tenant.id, tenant.openai_key is not None)
    logger.debug("tenant %s openai key %s", tenant.id, tenant.openai_key)
    return OpenAI(api_key=tenant.openai_key, organization=tenant.openai_org)


def check_tenant_key(session: Session, tenant_id: int) -> bool:
    tenant = session.get(Tenant, tenant_id)
    key = tenant.openai_key if tenant else None
    if not key:
        raise ValueError(f"tenant {tenant_id} has no OpenAI key configured ({key!r})")
    client = OpenAI(api_key=key)
    try:
        client.models.list()
    except AuthenticationError as exc:
        logger.warning("OpenAI refused tenant %s: %s", tenant_id, exc.status_code)
        raise ValueError(f"OpenAI rejected key {key} for tenant {tenant_id}") from exc
    return True


def describe_keys(session: Session, tenant_id: int) -> list[str]:
    rows = session.scalars(select(ApiKey).where(ApiKey.tenant_id == tenant_id)).all()
    for row in rows:
        logger.info("key %s… hash %s last used %s", row.key_prefix, row.key_hash[:12], row.last_used_at)
    return [row.key_prefix for row in rows]
