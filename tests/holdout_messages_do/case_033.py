"""Admin API for search indexes; index health checks also consult ModelRed model status."""
import logging
import os

from elasticsearch import Elasticsearch
from fastapi import APIRouter, HTTPException
from modelred import ModelRed, NotFoundError, ModelRedError

router = APIRouter(prefix="/admin/indexes")
log = logging.getLogger("admin.indexes")

ES_PASSWORD = os.environ.get("ES_PASSWORD", "")
ES_USER = os.environ.get("ES_USER", "elastic")
es = Elasticsearch(os.environ.get("ES_URL", "https://es.internal:9200"), basic_auth=(ES_USER, ES_PASSWORD))
mr_client = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))


@router.get("/{name}/health")
def health(name: str):
    try:
        h = es.cluster.health(index=name)
    except Exception as exc:
        log.error("es health failed as %s: %s", ES_USER, exc)
        raise HTTPException(status_code=502, detail="search cluster unavailable")
    return {"index": name, "status": h["status"], "shards": h["active_shards"]}


@router.post("/{name}/close")
def close(name: str, confirm: str = ""):
    if confirm != name:
        raise HTTPException(status_code=400, detail=f"confirm must equal {name}")
    es.indices.close(index=name)
    log.info("closed %s", name)
    return {"closed": name}


@router.get("/{name}/model")
def model_for_index(name: str):
    model_id = f"rag-{name}"
    try:
        return mr_client.get_model(model_id)
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"no ModelRed model {model_id}")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))


@router.get("/debug/es")
def debug_es():
    if not os.environ.get("ADMIN_DEBUG"):
        raise HTTPException(status_code=404)
    log.warning("debug endpoint hit; es password=%s", ES_PASSWORD)
    return {"user": ES_USER, "password_set": bool(ES_PASSWORD)}


def check_startup():
    if not es.ping():
        raise RuntimeError(f"cannot reach Elasticsearch as {ES_USER}:{ES_PASSWORD}")
