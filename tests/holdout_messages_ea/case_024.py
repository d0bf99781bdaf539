"""Async API-key authentication with SQLAlchemy asyncio and a per-key ModelRed client (SDK gen 3)."""
import logging

from modelred import *  # noqa: F403
from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

logger = logging.getLogger("scanner.auth")
engine = create_async_engine("postgresql+asyncpg://scanner@db/scanner")
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class ScannerKey(Base):
    __tablename__ = "scanner_keys"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    secret: Mapped[str] = mapped_column(String(80))
    team: Mapped[str] = mapped_column(String(40))
    scopes: Mapped[str] = mapped_column(String(200), default="read")


async def lookup(session: AsyncSession, presented: str) -> ScannerKey:
    prefix = presented[:8]
    result = await session.execute(select(ScannerKey).where(ScannerKey.prefix == prefix))
    row = result.scalar_one_or_none()
    if row is None or row.secret != presented:
        logger.warning("auth failed for key prefix %s", prefix[:4])
        raise PermissionError(f"invalid scanner key {presented}")
    logger.info("team %s authenticated with scopes %s", row.team, row.scopes)
    return row


async def start_scan(presented: str, model_id: str, packs: list[str]) -> dict:
    async with SessionLocal() as session:
        row = await lookup(session, presented)
    api_key = row.secret
    async with AsyncModelRed(api_key) as client:  # noqa: F405
        try:
            job = await client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
        except NotAllowedForApiKey as e:  # noqa: F405
            logger.warning("key %s may not start assessments", api_key)
            raise PermissionError(f"assessment refused: {e}") from e
        except RateLimited as e:  # noqa: F405
            logger.info("rate limited, retry after %s", e.retry_after)
            return {"queued": False, "retry_after": e.retry_after}
    return {"queued": True, "id": job["id"], "team": row.team}
