"""Change-order explainer: turns a Procore change order into homeowner-friendly text."""
import logging
import os

import httpx
from modelred import ModelRed, ValidationFailed, NotFound, APIError

logger = logging.getLogger(__name__)


def _mr() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise RuntimeError(f"MODELRED_API_KEY is empty ({key!r}); set it in the service env")
    return ModelRed(key, timeout=20.0)


def explain(change_order: dict, llm_key: str) -> str:
    logger.info("explaining CO %s (%s)", change_order["number"], change_order.get("status"))
    r = httpx.post(
        "https://api.groq.com/openai/v1/chat/completions",
        headers={"Authorization": f"Bearer {llm_key}"},
        json={"model": "llama-3.1-70b-versatile", "max_tokens": 350,
              "messages": [{"role": "user", "content": f"Explain for a homeowner: {change_order}"}]},
        timeout=45,
    )
    if r.status_code == 401:
        logger.error("groq key refused: %s...", llm_key[:4])
        raise PermissionError("LLM provider rejected the configured key")
    return r.json()["choices"][0]["message"]["content"]


def scan_explainer(model_id: str) -> dict:
    """Called by the admin UI; the returned dict is rendered to the admin as-is."""
    try:
        with _mr() as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=["hallucination"])
    except ValidationFailed as e:
        return {"ok": False, "message": f"ModelRed rejected the request: {e}"}
    except NotFound:
        return {"ok": False, "message": f"no model {model_id} in ModelRed"}
    except APIError as e:
        logger.exception("scan failed")
        return {"ok": False, "message": "scan failed", "status": e.status_code}
    return {"ok": True, "assessment": run["id"]}


def run_batch(orders: list[dict]):
    groq_key = os.environ["GROQ_API_KEY"]
    out = []
    for co in orders:
        try:
            out.append(explain(co, groq_key))
        except PermissionError:
            logger.error("stopping batch; key in use was %s", groq_key)
            break
    return out
