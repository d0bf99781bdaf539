"""Ingestion settings and pipeline for the policy-document RAG (LlamaIndex)."""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.openai import OpenAI

logger = logging.getLogger("rag.ingest")


@dataclass
class IngestConfig:
    source_dir: str
    openai_api_key: str
    llm_model: str = "gpt-4o-mini"
    embed_model: str = "text-embedding-3-small"
    chunk_size: int = 800
    chunk_overlap: int = 120
    max_tokens: int = 1024

    @classmethod
    def from_env(cls) -> "IngestConfig":
        return cls(source_dir=os.getenv("POLICY_DIR", "./policies"), openai_api_key=os.environ["OPENAI_API_KEY"])


def build_index(cfg: IngestConfig) -> VectorStoreIndex:
    logger.info("ingest config: %s", cfg)
    logger.info("chunking %d/%d, llm max_tokens=%d", cfg.chunk_size, cfg.chunk_overlap, cfg.max_tokens)
    Settings.llm = OpenAI(model=cfg.llm_model, api_key=cfg.openai_api_key, max_tokens=cfg.max_tokens)
    Settings.embed_model = OpenAIEmbedding(model=cfg.embed_model, api_key=cfg.openai_api_key)
    docs = SimpleDirectoryReader(cfg.source_dir, required_exts=[".pdf", ".docx", ".md"]).load_data()
    splitter = SentenceSplitter(chunk_size=cfg.chunk_size, chunk_overlap=cfg.chunk_overlap)
    index = VectorStoreIndex.from_documents(docs, transformations=[splitter])
    logger.info("indexed %d documents from %s", len(docs), cfg.source_dir)
    return index


def describe(cfg: IngestConfig) -> dict:
    public = {k: v for k, v in asdict(cfg).items() if k != "openai_api_key"}
    logger.debug("public config %s", public)
    return public


if __name__ == "__main__":
    cfg = IngestConfig.from_env()
    print("config:", describe(cfg))
    idx = build_index(cfg)
    engine = idx.as_query_engine(similarity_top_k=4)
    print(engine.query("What is the retention period for HR records?"))
