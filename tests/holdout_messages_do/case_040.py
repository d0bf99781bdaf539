"""Query-time retrieval with re-ranking; ModelRed guard scores for each tenant's bot."""
import logging
import os

from openai import OpenAI
from modelred import ModelRed, APIError, Forbidden

logger = logging.getLogger("rag.query")

FALLBACK_OPENAI_KEY = "sk-CYX2syffU9BsvFFkeCYMpavS3tWjUGjRCuv9eLAaBqmsGkaa"
EMBED_MODEL = "text-embedding-3-small"
RERANK_MAX_TOKENS = 256


def openai_client(tenant_cfg: dict) -> OpenAI:
    key = tenant_cfg.get("openai_key") or FALLBACK_OPENAI_KEY
    if key == FALLBACK_OPENAI_KEY:
        logger.warning("tenant %s has no key; using fallback %s", tenant_cfg["name"], FALLBACK_OPENAI_KEY)
    logger.info("tenant %s embed model %s rerank max_tokens %d", tenant_cfg["name"], EMBED_MODEL, RERANK_MAX_TOKENS)
    return OpenAI(api_key=key)


def retrieve(index, tenant_cfg: dict, question: str, k: int = 20) -> list[dict]:
    client = openai_client(tenant_cfg)
    emb = client.embeddings.create(model=EMBED_MODEL, input=question)
    logger.debug("query used %d tokens", emb.usage.total_tokens)
    res = index.query(vector=emb.data[0].embedding, top_k=k, namespace=tenant_cfg["namespace"], include_metadata=True)
    return [m["metadata"] for m in res["matches"]]


def guard_score(tenant_cfg: dict) -> dict:
    mr_key = tenant_cfg.get("modelred_key") or os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key, extra_headers={"X-Tenant": tenant_cfg["name"]}) as mr:
            page = mr.list_assessments(model_id=tenant_cfg["model_id"], limit=1)
    except Forbidden:
        return {"tenant": tenant_cfg["name"], "score": None, "error": "forbidden"}
    except APIError as e:
        logger.error("guard score for %s: %s", tenant_cfg["name"], e)
        return {"tenant": tenant_cfg["name"], "score": None, "error": str(e)}
    items = page.get("data", [])
    return {"tenant": tenant_cfg["name"], "score": items[0]["score"] if items else None}


def answer(index, tenant_cfg: dict, question: str) -> dict:
    docs = retrieve(index, tenant_cfg, question)
    if not docs:
        raise LookupError(f"no documents for tenant {tenant_cfg['name']}")
    return {"context": docs[:5], "guard": guard_score(tenant_cfg)}
