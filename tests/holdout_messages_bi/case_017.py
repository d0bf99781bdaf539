"""Coverage Q&A assistant for adjusters: answers from policy wording with RAG."""
import logging
import os
from functools import lru_cache

from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from langchain_community.vectorstores import PGVector

log = logging.getLogger("coverage.qa")

PG_URL_TEMPLATE = "postgresql+psycopg://{user}:{password}@{host}:5432/policies"


@lru_cache
def settings() -> dict:
    return {
        "pg_user": os.getenv("PG_USER", "rag"),
        "pg_password": os.getenv("PG_PASSWORD", ""),
        "pg_host": os.getenv("PG_HOST", "localhost"),
        "openai_api_key": os.getenv("OPENAI_API_KEY", ""),
        "max_tokens": int(os.getenv("QA_MAX_TOKENS", "700")),
    }


def connection_url() -> str:
    s = settings()
    return PG_URL_TEMPLATE.format(user=s["pg_user"], password=s["pg_password"], host=s["pg_host"])


def build_chain():
    s = settings()
    url = connection_url()
    log.info("vector store on %s as %s", s["pg_host"], s["pg_user"])
    log.debug("pg url: %s", url)
    store = PGVector(connection_string=url, embedding_function=OpenAIEmbeddings(api_key=s["openai_api_key"]), collection_name="homeowners_forms")
    llm = ChatOpenAI(model="gpt-4o", api_key=s["openai_api_key"], max_tokens=s["max_tokens"])
    log.info("llm ready, max_tokens=%d", s["max_tokens"])
    return store.as_retriever(search_kwargs={"k": 6}), llm


def answer(question: str, policy_form: str) -> str:
    retriever, llm = build_chain()
    docs = retriever.invoke(f"{policy_form}: {question}")
    context = "\n\n".join(d.page_content for d in docs)
    log.info("retrieved %d chunks for form %s", len(docs), policy_form)
    msg = llm.invoke(f"Answer strictly from this policy wording.\n{context}\n\nQ: {question}")
    usage = msg.response_metadata.get("token_usage", {})
    log.info("answer tokens: %s", usage.get("total_tokens"))
    return msg.content


if __name__ == "__main__":
    s = settings()
    if not s["openai_api_key"]:
        raise SystemExit("set OPENAI_API_KEY")
    if s["openai_api_key"].startswith("sk-") is False:
        raise RuntimeError("OPENAI_API_KEY does not look like an OpenAI key: " + s["openai_api_key"])
    print(answer("Is mould from a slow leak covered?", "HO-3"))
