"""Nightly per-tenant red-team runs; ModelRed keys in the tenants table (SQLAlchemy Core, SDK gen 3)."""
import logging

from modelred import APIError, ModelRed, RateLimited, Unauthorized
from sqlalchemy import Column, MetaData, String, Table, create_engine, select

log = logging.getLogger("nightly")
metadata = MetaData()
tenants = Table(
    "tenants",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("region", String(16)),
    Column("modelred_key", String(80)),
    Column("default_model_id", String(64)),
    Column("probe_packs", String(255)),
)


def tenant_rows(engine):
    stmt = select(tenants.c.id, tenants.c.region, tenants.c.modelred_key, tenants.c.default_model_id, tenants.c.probe_packs)
    with engine.connect() as conn:
        yield from conn.execute(stmt)


def run_for_tenant(tid: str, mr_key: str, model_id: str, packs: list[str]) -> dict:
    try:
        with ModelRed(mr_key, timeout=30.0) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="low")
    except Unauthorized as e:
        log.error("tenant %s: key rejected (%s)", tid, type(e).__name__)
        raise RuntimeError(f"tenant {tid}: ModelRed rejected key {mr_key}") from e
    except RateLimited as e:
        return {"tenant": tid, "status": "retry", "after": e.retry_after}
    except APIError as e:
        return {"tenant": tid, "status": "error", "detail": str(e)}
    return {"tenant": tid, "status": "queued", "assessment": job["id"]}


def main(url: str) -> list[dict]:
    engine = create_engine(url)
    results = []
    for row in tenant_rows(engine):
        packs = [p for p in (row.probe_packs or "").split(",") if p]
        log.info("tenant %s (%s): model %s packs %s", row.id, row.region, row.default_model_id, packs)
        if not row.modelred_key:
            log.warning("tenant %s has no ModelRed key (%r), skipping", row.id, row.modelred_key)
            continue
        results.append(run_for_tenant(row.id, row.modelred_key, row.default_model_id, packs))
    log.info("nightly done: %d tenants", len(results))
    return results
