import logging
import os

from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.openai import OpenAI

log = logging.getLogger("rag.index")
PERSIST_DIR = os.environ.get("RAG_PERSIST_DIR", "./storage")
CHUNK_SIZE = 512
EMBED_BATCH_TOKENS = 8191


def configure(api_key: str | None = None) -> None:
    api_key = api_key or os.getenv("OPENAI_API_KEY")
    if api_key is None:
        raise EnvironmentError("OPENAI_API_KEY is not set")
    Settings.llm = OpenAI(model="gpt-4o-mini", api_key=api_key)
    Settings.embed_model = OpenAIEmbedding(api_key=api_key, embed_batch_size=64)
    Settings.chunk_size = CHUNK_SIZE
    log.info("LlamaIndex configured: chunk=%d, embed batch tokens=%d", CHUNK_SIZE, EMBED_BATCH_TOKENS)


def build_index(data_dir: str):
    docs = SimpleDirectoryReader(data_dir).load_data()
    total_tokens = sum(len(d.text.split()) for d in docs)
    log.info("indexing %d documents (~%d tokens)", len(docs), total_tokens)
    index = VectorStoreIndex.from_documents(docs)
    index.storage_context.persist(persist_dir=PERSIST_DIR)
    return index


def debug_settings():
    llm = Settings.llm
    print("model:", llm.model, "api_base:", llm.api_base)
    print("api_key:", llm.api_key)
