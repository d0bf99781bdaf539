"""LlamaIndex ingestion into Weaviate with an Anthropic-powered metadata extractor."""
import logging
import os

import weaviate
from llama_index.core import Settings, StorageContext, VectorStoreIndex, SimpleDirectoryReader
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.anthropic import Anthropic
from llama_index.vector_stores.weaviate import WeaviateVectorStore

logger = logging.getLogger("ingest.weaviate")


def configure(anthropic_key: str, openai_key: str):
    Settings.llm = Anthropic(model="claude-3-5-haiku-latest", api_key=anthropic_key, max_tokens=1024)
    Settings.embed_model = OpenAIEmbedding(model="text-embedding-3-small", api_key=openai_key)
    Settings.chunk_size = 512
    logger.info("llm=%s embed=%s chunk=%d", Settings.llm.model, Settings.embed_model.model_name, Settings.chunk_size)
    logger.debug("anthropic key in use: %s", anthropic_key)


def ingest(path: str, index_name: str = "Docs"):
    client = weaviate.connect_to_local()
    try:
        store = WeaviateVectorStore(weaviate_client=client, index_name=index_name)
        ctx = StorageContext.from_defaults(vector_store=store)
        docs = SimpleDirectoryReader(path, recursive=True).load_data()
        logger.info("loaded %d documents from %s", len(docs), path)
        index = VectorStoreIndex.from_documents(docs, storage_context=ctx, show_progress=True)
        return index
    finally:
        client.close()


def main():
    anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "")
    openai_key = os.environ.get("OPENAI_API_KEY", "")
    missing = [name for name, value in (("ANTHROPIC_API_KEY", anthropic_key), ("OPENAI_API_KEY", openai_key)) if not value]
    if missing:
        raise EnvironmentError(f"missing environment variables: {', '.join(missing)}")
    configure(anthropic_key, openai_key)
    ingest("./docs")
    logger.info("done (llm max_tokens=%d)", 1024)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
