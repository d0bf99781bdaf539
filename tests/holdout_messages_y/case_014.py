"""Legacy SQLAlchemy table with plaintext provider keys, and the lookup service on top."""
import logging

from sqlalchemy import Boolean, Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
logger = logging.getLogger("llm.keys")


class ProviderKey(Base):
    __tablename__ = "provider_keys"

    id = Column(Integer, primary_key=True)
    tenant_id = Column(String(64), nullable=False)
    provider = Column(String(32), nullable=False)
    api_key = Column(String(255), nullable=False)
    revoked = Column(Boolean, default=False)
    region = Column(String(32), default="us")


class KeyNotFound(LookupError):
    pass


def key_for(session: Session, tenant_id: str, provider: str) -> str:
    row = session.execute(
        select(ProviderKey).where(ProviderKey.tenant_id == tenant_id, ProviderKey.provider == provider)
    ).scalar_one_or_none()
    if row is None:
        raise KeyNotFound(f"no {provider} key for tenant {tenant_id}")
    if row.revoked:
        raise PermissionError(f"{provider} key {row.api_key} of tenant {tenant_id} is revoked")
    logger.debug("tenant %s uses %s in region %s", tenant_id, provider, row.region)
    return row.api_key


def audit_plaintext(session: Session) -> int:
    rows = session.execute(select(ProviderKey)).scalars().all()
    for row in rows:
        if not row.api_key.startswith(("sk-", "sk-ant-", "hf_")):
            logger.warning("tenant %s has unusual %s key %s", row.tenant_id, row.provider, row.api_key)
    logger.info("audited %d plaintext keys (ids %s)", len(rows), [r.id for r in rows])
    return len(rows)


def primary_key_columns() -> list[str]:
    cols = [c.name for c in ProviderKey.__table__.primary_key.columns]
    logger.debug("primary_key columns: %s", cols)
    return cols
