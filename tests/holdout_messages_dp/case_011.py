import logging
import os
import traceback

from opentelemetry import trace

log = logging.getLogger("rag.retriever")
tracer = trace.get_tracer(__name__)

PINECONE_KEY = os.environ.get("PINECONE_API_KEY", "")
COHERE_KEY = os.environ.get("COHERE_API_KEY", "")
INDEX_NAME = os.environ.get("PINECONE_INDEX", "docs")


def rerank(query: str, docs: list[str], top_n: int = 5) -> list[int]:
    import cohere

    co = cohere.Client(COHERE_KEY)
    with tracer.start_as_current_span("cohere.rerank") as span:
        span.set_attribute("rerank.top_n", top_n)
        span.set_attribute("rerank.docs", len(docs))
        try:
            result = co.rerank(query=query, documents=docs, top_n=top_n, model="rerank-english-v3.0")
        except Exception as exc:
            span.add_event("rerank.error", {"type": type(exc).__name__})
            log.error("rerank failed with cohere key %s\n%s", COHERE_KEY, traceback.format_exc())
            raise
        span.add_event("rerank.done", {"billed_units": getattr(result.meta, "billed_units", None) and 1})
        return [r.index for r in result.results]


def query_index(vector: list[float], k: int = 10) -> list[dict]:
    from pinecone import Pinecone

    pc = Pinecone(api_key=PINECONE_KEY)
    index = pc.Index(INDEX_NAME)
    with tracer.start_as_current_span("pinecone.query") as span:
        span.set_attribute("pinecone.index", INDEX_NAME)
        res = index.query(vector=vector, top_k=k, include_metadata=True)
        log.info("pinecone returned %d matches from %s", len(res.matches), INDEX_NAME)
        return [m.metadata for m in res.matches]


def check_config() -> None:
    if not PINECONE_KEY.startswith("pcsk_"):
        raise RuntimeError("unexpected Pinecone key format: " + PINECONE_KEY)
    log.info("pinecone key configured: %s", "yes" if PINECONE_KEY else "no")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_config()
    print(rerank("what is rag", ["a", "b", "c"], top_n=2))
