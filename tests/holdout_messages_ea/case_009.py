"""Cohere integration rows with the key encrypted at rest, decrypted on read (SQLAlchemy)."""
import logging
import os

import cohere
from cryptography.fernet import Fernet
from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import declarative_base

log = logging.getLogger("integrations.cohere")
Base = declarative_base()
_fernet = Fernet(os.environ["FIELD_ENCRYPTION_KEY"])


class CohereIntegration(Base):
    __tablename__ = "cohere_integrations"

    id = Column(Integer, primary_key=True)
    team = Column(String(64), nullable=False)
    _api_key_enc = Column("api_key_enc", LargeBinary, nullable=False)
    key_last4 = Column(String(4))
    rerank_model = Column(String(64), default="rerank-english-v3.0")

    @property
    def api_key(self) -> str:
        return _fernet.decrypt(self._api_key_enc).decode()

    @api_key.setter
    def api_key(self, value: str) -> None:
        self._api_key_enc = _fernet.encrypt(value.encode())
        self.key_last4 = value[-4:]


def rerank(integration: CohereIntegration, query: str, docs: list[str]) -> list[int]:
    log.info("team %s reranking with %s (key …%s)", integration.team, integration.rerank_model, integration.key_last4)
    client = cohere.ClientV2(api_key=integration.api_key)
    try:
        res = client.rerank(model=integration.rerank_model, query=query, documents=docs, top_n=5)
    except cohere.errors.UnauthorizedError:
        log.error("team %s: Cohere rejected key %s", integration.team, integration.api_key)
        raise
    log.debug("billed units: %s", res.meta.billed_units)
    return [r.index for r in res.results]


def reencrypt_all(session, new_fernet: Fernet) -> int:
    count = 0
    for integ in session.query(CohereIntegration).all():
        plain = _fernet.decrypt(integ._api_key_enc).decode()
        if len(plain) < 30 or " " in plain:
            raise PermissionError(f"integration {integ.id}: stored Cohere key {plain} failed validation")
        integ._api_key_enc = new_fernet.encrypt(plain.encode())
        count += 1
    log.info("re-encrypted %d integrations", count)
    return count
