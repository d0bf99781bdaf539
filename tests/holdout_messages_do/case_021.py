"""LlamaIndex ingestion pipeline into Pinecone; the resulting query engine is registered with ModelRed."""
import logging
import os

from llama_index.core import Document
from llama_index.core.ingestion import IngestionPipeline
from llama_index.core.node_parser import SentenceSplitter
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.vector_stores.pinecone import PineconeVectorStore
from pinecone import Pinecone
from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger(__name__)


def build_pipeline(index_name: str) -> IngestionPipeline:
    pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])
    store = PineconeVectorStore(pinecone_index=pc.Index(index_name))
    return IngestionPipeline(
        transformations=[
            SentenceSplitter(chunk_size=800, chunk_overlap=80),
            OpenAIEmbedding(model="text-embedding-3-small"),
        ],
        vector_store=store,
    )


def ingest(texts: list[str], index_name: str = "handbook") -> int:
    nodes = build_pipeline(index_name).run(documents=[Document(text=t) for t in texts])
    log.info("ingested %d nodes into %s", len(nodes), index_name)
    return len(nodes)


def register(model_id: str) -> dict:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    provider_config = ProviderConfig.openai(
        api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o", max_tokens=800
    )
    log.debug("provider config: %s", provider_config)
    log.debug("max_tokens=%d", 800)
    try:
        return client.create_model(
            modelId=model_id,
            provider="openai",
            displayName="Handbook RAG",
            providerConfig=provider_config,
        )
    except ConflictError:
        log.info("model %s exists already", model_id)
        return client.get_model(model_id)
    except ModelRedError as err:
        return {"error": f"could not register {model_id}: {err}"}


if __name__ == "__main__":
    ingest(["Vacation policy: 25 days.", "Expenses are filed in Concur."])
    print(register("handbook-rag"))
