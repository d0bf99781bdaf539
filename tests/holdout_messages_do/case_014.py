"""Retrieval API with per-tenant keys: each tenant gets its own namespace in the index."""
import hashlib
import json
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

log = logging.getLogger("retrieval.api")
app = FastAPI()

with open(os.environ.get("TENANTS_FILE", "tenants.json"), encoding="utf-8") as fh:
    TENANTS = json.load(fh)  # {"<sha256 of key>": {"name": ..., "namespace": ...}}


class Query(BaseModel):
    text: str
    top_k: int = 5


def tenant_for(x_tenant_key: str = Header(default="")) -> dict:
    if not x_tenant_key:
        raise HTTPException(status_code=401, detail="missing X-Tenant-Key header")
    digest = hashlib.sha256(x_tenant_key.encode()).hexdigest()
    tenant = TENANTS.get(digest)
    if tenant is None:
        log.warning("unknown tenant key hash %s", digest[:12])
        raise HTTPException(status_code=403, detail=f"tenant key {x_tenant_key} is not registered")
    log.info("tenant %s -> namespace %s", tenant["name"], tenant["namespace"])
    return tenant


def search_namespace(namespace: str, text: str, top_k: int) -> list[dict]:
    from .index import get_index, embed

    return get_index().query(
        vector=embed(text), top_k=top_k, namespace=namespace, include_metadata=True
    )["matches"]


@app.post("/v1/search")
def search(q: Query, tenant: dict = Depends(tenant_for)):
    matches = search_namespace(tenant["namespace"], q.text, q.top_k)
    return {"tenant": tenant["name"], "results": [m["metadata"] for m in matches]}


@app.get("/v1/whoami")
def whoami(x_tenant_key: str = Header(default="")):
    tenant = tenant_for(x_tenant_key)
    log.debug("whoami for key %s", x_tenant_key)
    return {"tenant": tenant["name"], "key_hint": x_tenant_key[-4:]}
