"""Langfuse callback handler for LangChain, configured per tenant."""
import logging
import os

from langfuse.callback import CallbackHandler
from langchain_openai import ChatOpenAI

logger = logging.getLogger("tenants.tracing")

TENANTS = {
    "acme": {"pk_env": "LF_ACME_PK", "sk_env": "LF_ACME_SK"},
    "globex": {"pk_env": "LF_GLOBEX_PK", "sk_env": "LF_GLOBEX_SK"},
}


def tenant_handler(tenant: str) -> CallbackHandler:
    spec = TENANTS[tenant]
    pk = os.environ[spec["pk_env"]]
    sk = os.environ[spec["sk_env"]]
    logger.info("tenant %s uses %s / %s", tenant, spec["pk_env"], spec["sk_env"])
    logger.info("tenant %s langfuse public key %s", tenant, pk)
    handler = CallbackHandler(public_key=pk, secret_key=sk, host="https://cloud.langfuse.com")
    try:
        handler.auth_check()
    except Exception as exc:
        logger.error("langfuse auth failed for %s: %s (sk=%s)", tenant, exc, sk)
        raise
    return handler


def run(tenant: str, question: str) -> str:
    llm = ChatOpenAI(model="gpt-4o-mini", max_tokens=200)
    out = llm.invoke(question, config={"callbacks": [tenant_handler(tenant)], "metadata": {"tenant": tenant}})
    logger.info("tenant %s answered, usage=%s", tenant, out.usage_metadata)
    return out.content


def rotate(tenant: str, new_secret: str) -> None:
    old = os.environ.get(TENANTS[tenant]["sk_env"])
    if old == new_secret:
        raise ValueError(f"new secret for {tenant} equals the old one ({new_secret})")
    os.environ[TENANTS[tenant]["sk_env"]] = new_secret
    logger.info("rotated %s, old ended %s", tenant, (old or "")[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run("acme", "Summarise our SLA in one sentence."))
