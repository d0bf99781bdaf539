"""Credential models whose __repr__ is written by hand; loaded for the router at start-up."""
import logging

from sqlalchemy import Boolean, Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

logger = logging.getLogger("router.credentials")
Base = declarative_base()


class ProviderCredential(Base):
    __tablename__ = "provider_credentials"

    id = Column(Integer, primary_key=True)
    provider = Column(String(32), nullable=False)
    api_key = Column(String(255), nullable=False)
    api_base = Column(String(255))
    enabled = Column(Boolean, default=True)

    def __repr__(self):
        return f"<ProviderCredential {self.provider} base={self.api_base} key={self.api_key}>"


class ModelRedAccount(Base):
    __tablename__ = "modelred_accounts"

    id = Column(Integer, primary_key=True)
    team = Column(String(64))
    api_key = Column(String(128), nullable=False)

    def __repr__(self):
        return f"<ModelRedAccount team={self.team} key=…{self.api_key[-4:]}>"


def load_router_table(url: str) -> dict[str, ProviderCredential]:
    engine = create_engine(url)
    table = {}
    with Session(engine) as session:
        for cred in session.scalars(select(ProviderCredential).where(ProviderCredential.enabled.is_(True))):
            logger.debug("loaded %r", cred)
            logger.info("route %s -> %s", cred.provider, cred.api_base)
            table[cred.provider] = cred
        for account in session.scalars(select(ModelRedAccount)):
            logger.debug("loaded %r", account)
    if "openai" not in table:
        raise LookupError(f"no enabled openai credential among {sorted(table)}")
    return table


def describe(table: dict[str, ProviderCredential]) -> None:
    for provider, cred in table.items():
        print(f"{provider:<12} {cred.api_base or 'default':<40} enabled={cred.enabled}")
    print(f"credential table: {sorted(table)}")
