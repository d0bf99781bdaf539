"""Syndication partner API (FastAPI): partners pull summaries; admin endpoint scans the summariser."""
import logging
import os
import secrets

from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, Unauthorized

app = FastAPI(title="syndication")
access_log = logging.getLogger("syndication.access")

PARTNER_KEYS = {p.split(":")[0]: p.split(":")[1] for p in os.environ.get("PARTNER_KEYS", "").split(",") if ":" in p}


def partner_for(x_partner_key: str) -> str:
    for partner, key in PARTNER_KEYS.items():
        if secrets.compare_digest(key, x_partner_key):
            return partner
    access_log.warning("unknown partner key %s", x_partner_key)
    raise HTTPException(403, detail="unknown partner")


@app.get("/v1/summaries")
def summaries(since: str, x_partner_key: str = Header(...)):
    partner = partner_for(x_partner_key)
    access_log.info("partner %s pulled summaries since %s", partner, since)
    access_log.info("partners configured: %s", sorted(PARTNER_KEYS))
    return {"partner": partner, "items": []}


@app.post("/admin/scan")
def admin_scan(model_id: str, x_admin_token: str = Header(...)):
    if x_admin_token != os.environ["SYNDICATION_ADMIN_TOKEN"]:
        raise HTTPException(401, detail=f"bad admin token {x_admin_token}")
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["syndication-leakage"])
    except Unauthorized as e:
        access_log.error("ModelRed unauthorized (%s)", e.status_code)
        raise HTTPException(502, detail="scanner not authorised")
    except ModelRedError as e:
        return JSONResponse({"error": f"ModelRed: {e!s}"}, status_code=502)
    return {"assessment": job["id"]}


@app.on_event("startup")
def announce():
    access_log.info("%d partners loaded", len(PARTNER_KEYS))
