"""SQLAlchemy model for per-tenant LLM provider keys, encrypted at rest with Fernet."""
import logging
import os
from datetime import datetime, timezone

from cryptography.fernet import Fernet
from sqlalchemy import DateTime, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

log = logging.getLogger("models.provider_keys")

_fernet = Fernet(os.environ["KEY_ENCRYPTION_KEY"].encode())


class Base(DeclarativeBase):
    pass


class TenantProviderKey(Base):
    __tablename__ = "tenant_provider_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(64), index=True)
    provider: Mapped[str] = mapped_column(String(32))
    encrypted_key: Mapped[bytes] = mapped_column(LargeBinary)
    last4: Mapped[str] = mapped_column(String(4))
    rotated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"<TenantProviderKey {self.tenant_id}/{self.provider} …{self.last4}>"

    @property
    def api_key(self) -> str:
        return _fernet.decrypt(self.encrypted_key).decode()

    def rotate(self, new_key: str) -> None:
        if len(new_key) < 20:
            raise ValueError(f"new {self.provider} key too short ({len(new_key)} chars, starts {new_key[:3]})")
        log.info("rotating %s key for %s -> %s", self.provider, self.tenant_id, new_key)
        self.encrypted_key = _fernet.encrypt(new_key.encode())
        self.last4 = new_key[-4:]
        self.rotated_at = datetime.now(timezone.utc)
        log.debug("stored ciphertext %s", self.encrypted_key[:24])

    def check(self) -> None:
        key = self.api_key
        if self.provider == "openai" and not key.startswith("sk-"):
            raise ValueError(f"tenant {self.tenant_id} has a malformed OpenAI key {key}")
        log.debug("%r checked", self)
