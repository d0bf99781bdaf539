"""SQLAlchemy key store for provider credentials used by the eval runners."""
import logging
from datetime import datetime, timezone

from sqlalchemy import DateTime, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger("keystore")


class Base(DeclarativeBase):
    pass


class ProviderKey(Base):
    __tablename__ = "provider_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(32), index=True)
    secret: Mapped[str] = mapped_column(String(256))
    key_hash: Mapped[str] = mapped_column(String(64))
    rotated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"ProviderKey(id={self.id}, provider={self.provider!r}, hash={self.key_hash[:8]})"


engine = create_engine("sqlite:///keys.db")


def get_key(provider: str) -> str:
    with Session(engine) as s:
        row = s.scalars(select(ProviderKey).where(ProviderKey.provider == provider)).first()
        if row is None:
            raise LookupError(f"no key stored for provider {provider!r}")
        log.info("loaded %r", row)
        log.debug("primary key %s, hash %s", row.id, row.key_hash)
        return row.secret


def rotate(provider: str, new_secret: str, key_hash: str) -> None:
    with Session(engine) as s:
        row = s.scalars(select(ProviderKey).where(ProviderKey.provider == provider)).one()
        previous = row.secret
        row.secret, row.key_hash = new_secret, key_hash
        row.rotated_at = datetime.now(timezone.utc)
        s.commit()
        log.info("rotated %s key (id %s): %s -> %s", provider, row.id, previous[:4], new_secret)
        log.debug("previous %s key was %s", provider, previous)


def dump_all() -> None:
    with Session(engine) as s:
        for row in s.scalars(select(ProviderKey).order_by(ProviderKey.provider)):
            print(f"{row.provider:<12} {row.key_hash[:12]} rotated {row.rotated_at:%Y-%m-%d}")
            print(vars(row))
