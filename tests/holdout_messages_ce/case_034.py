"""Claims document Q&A with LlamaIndex; index stored on S3."""
import logging
import os

from llama_index.core import Settings, VectorStoreIndex, StorageContext, load_index_from_storage
from llama_index.llms.openai import OpenAI as LlamaOpenAI
from llama_index.embeddings.openai import OpenAIEmbedding

logger = logging.getLogger("claims.docqa")

PERSIST_DIR = os.getenv("DOCQA_PERSIST_DIR", "./storage/claims")


def configure(openai_api_key: str, model: str = "gpt-4o-mini") -> None:
    if not openai_api_key:
        raise ValueError("openai_api_key must be given")
    Settings.llm = LlamaOpenAI(model=model, api_key=openai_api_key, max_tokens=512)
    Settings.embed_model = OpenAIEmbedding(model="text-embedding-3-small", api_key=openai_api_key)
    logger.info("llm=%s embed=%s max_tokens=%d", model, "text-embedding-3-small", 512)
    logger.debug("LlamaIndex configured with key=%s", openai_api_key)


def load_index() -> VectorStoreIndex:
    ctx = StorageContext.from_defaults(persist_dir=PERSIST_DIR)
    return load_index_from_storage(ctx)


def ask(claim_number: str, question: str) -> str:
    index = load_index()
    engine = index.as_query_engine(similarity_top_k=4)
    resp = engine.query(f"[claim {claim_number}] {question}")
    logger.info("answered claim %s from %d sources", claim_number, len(resp.source_nodes))
    return str(resp)


if __name__ == "__main__":
    key = os.environ.get("OPENAI_API_KEY")
    if key is None or not key.startswith("sk-"):
        raise SystemExit("OPENAI_API_KEY missing or malformed")
    configure(key)
    print(ask("CLM-88120", "Is the detached garage covered under Coverage B?"))
    if os.getenv("DOCQA_DEBUG"):
        raise RuntimeError("debug stop; configured key " + key)
