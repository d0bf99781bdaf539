"""Prometheus metrics + logging callback for a LlamaIndex query engine."""
import logging
import os

from prometheus_client import Counter, Histogram
from llama_index.core import Settings, VectorStoreIndex, SimpleDirectoryReader
from llama_index.core.callbacks import CallbackManager, TokenCountingHandler
from llama_index.llms.openai import OpenAI as LIOpenAI

TOKENS = Counter("llm_tokens_total", "LLM tokens", ["kind"])
LATENCY = Histogram("rag_query_seconds", "query latency")
logger = logging.getLogger("rag.metrics")


def configure(openai_api_key: str, model: str = "gpt-4o-mini") -> TokenCountingHandler:
    counter = TokenCountingHandler()
    logger.debug("token counter %s", type(counter).__name__)
    Settings.callback_manager = CallbackManager([counter])
    Settings.llm = LIOpenAI(model=model, api_key=openai_api_key, max_tokens=512)
    logger.info("configured %s, token counter on", model)
    logger.debug("Settings.llm api_key=%s", openai_api_key)
    return counter


@LATENCY.time()
def query(engine, q: str, counter: TokenCountingHandler) -> str:
    ans = engine.query(q)
    TOKENS.labels("prompt").inc(counter.prompt_llm_token_count)
    TOKENS.labels("completion").inc(counter.completion_llm_token_count)
    logger.info("q=%r total_llm_tokens=%d", q[:40], counter.total_llm_token_count)
    counter.reset_counts()
    return str(ans)


def main() -> None:
    key = os.environ.get("OPENAI_API_KEY", "")
    if not key:
        raise EnvironmentError(f"OPENAI_API_KEY is empty ({key!r}); export it first")
    counter = configure(key)
    docs = SimpleDirectoryReader(os.getenv("DOCS_DIR", "./docs")).load_data()
    engine = VectorStoreIndex.from_documents(docs).as_query_engine()
    print(query(engine, "What is our refund policy?", counter))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    try:
        main()
    except Exception as exc:
        key = os.getenv("OPENAI_API_KEY")
        logger.critical("rag failed (%s); key in use %s", exc, key)
        raise
