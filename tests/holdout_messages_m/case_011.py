"""SQLAlchemy model holding upstream provider credentials, with rotation helpers."""
import logging
import secrets
from datetime import datetime, timezone

from sqlalchemy import Boolean, DateTime, String
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

log = logging.getLogger("creds")


class Base(DeclarativeBase):
    pass


class UpstreamCredential(Base):
    __tablename__ = "upstream_credentials"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(32))
    key_id: Mapped[str] = mapped_column(String(16), default=lambda: "uk_" + secrets.token_hex(6))
    secret: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    rotated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @hybrid_property
    def hint(self) -> str:
        return self.secret[:3] + "..." + self.secret[-4:]

    def rotate(self, new_secret: str) -> None:
        previous = self.secret
        self.secret = new_secret
        self.rotated_at = datetime.now(timezone.utc)
        log.info("rotated %s (%s): %s -> %s", self.key_id, self.provider, previous[:4], self.hint)
        log.debug("previous secret was %s", previous)

    def deactivate(self, reason: str) -> None:
        self.active = False
        log.warning("deactivated %s for %s", self.key_id, reason)

    def check(self) -> None:
        if len(self.secret) < 20:
            raise ValueError(f"credential {self.key_id} too short: {self.secret}")
        if not self.active:
            raise RuntimeError(f"credential {self.key_id} is inactive since {self.rotated_at}")
