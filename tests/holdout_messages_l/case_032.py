"""Config object for the RAG service, with a masking __repr__ on one class only."""
import logging
import os
from dataclasses import asdict, dataclass

log = logging.getLogger("rag.config")


@dataclass
class VectorStoreConfig:
    url: str
    api_key: str
    collection: str = "docs"

    def __repr__(self):
        return f"VectorStoreConfig(url={self.url!r}, collection={self.collection!r}, api_key=***)"


@dataclass
class LLMConfig:
    provider: str
    model: str
    api_key: str
    max_tokens: int = 512


def from_env():
    vs = VectorStoreConfig(os.environ["QDRANT_URL"], os.environ["QDRANT_API_KEY"])
    llm = LLMConfig("openai", os.environ.get("LLM_MODEL", "gpt-4o-mini"), os.environ["OPENAI_API_KEY"])
    log.info("vector store: %r", vs)
    log.info("llm: provider=%s model=%s max_tokens=%d", llm.provider, llm.model, llm.max_tokens)
    return vs, llm


def dump(vs, llm):
    log.debug("vector store as dict: %s", asdict(vs))
    log.debug("llm config: %s", llm)
    log.debug("collection %s at %s", vs.collection, vs.url)


def validate(vs, llm):
    if not llm.api_key.startswith("sk-"):
        raise ValueError(f"LLM key for {llm.provider} is malformed: {llm.api_key[:3]}... ({len(llm.api_key)} chars)")
    if vs.api_key == llm.api_key:
        raise ValueError(f"vector store and LLM share one key: {vs.api_key}")
    return True
