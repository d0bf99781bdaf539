"""attrs-based connection records for a vector store and an LLM provider."""
import logging
import os

import attrs

log = logging.getLogger("kb.connections")


@attrs.define
class PineconeConn:
    index: str
    environment: str
    api_key: str = attrs.field(repr=False)


@attrs.define
class GroqConn:
    model: str
    groq_api_key: str


def pinecone_from_env() -> PineconeConn:
    conn = PineconeConn(index="kb-prod", environment="us-east-1-aws", api_key=os.environ["PINECONE_API_KEY"])
    log.info("pinecone connection: %r", conn)
    return conn


def groq_from_env() -> GroqConn:
    conn = GroqConn(model="llama-3.1-8b-instant", groq_api_key=os.environ["GROQ_API_KEY"])
    log.info("groq connection: %r", conn)
    log.info("groq model %s", conn.model)
    return conn


def as_env(conn: GroqConn) -> dict[str, str]:
    env = {"GROQ_MODEL": conn.model, "GROQ_API_KEY": conn.groq_api_key}
    log.debug("exporting variables %s", sorted(env))
    return env


def validate(conn: PineconeConn) -> None:
    if conn.index not in {"kb-prod", "kb-staging"}:
        raise ValueError(f"unknown index {conn.index!r} in {conn.environment}")
    if not conn.api_key.startswith("pcsk_"):
        raise ValueError("Pinecone key for %s has an unexpected prefix %s" % (conn.index, conn.api_key))
