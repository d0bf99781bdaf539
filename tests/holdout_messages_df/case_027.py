"""FastAPI enrichment API used by the SOC portal: IP context + LLM narrative."""
import logging
import os

import ipinfo
from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, APIError, LimitExceeded, Unauthorized

app = FastAPI(title="enrich")
log = logging.getLogger("enrich.api")

IPINFO_TOKEN = os.environ["IPINFO_TOKEN"]
handler = ipinfo.getHandler(IPINFO_TOKEN)
MODELRED_KEY = os.environ["MODELRED_API_KEY"]


@app.get("/ip/{addr}")
def ip_context(addr: str, x_portal_token: str = Header(...)):
    if x_portal_token != os.environ["PORTAL_TOKEN"]:
        raise HTTPException(status_code=401, detail=f"invalid portal token {x_portal_token}")
    details = handler.getDetails(addr)
    log.info("ip %s -> %s %s", addr, details.country, details.org)
    return {"ip": addr, "country": details.country, "org": details.org, "city": details.city}


@app.post("/narrative/assess")
def assess_narrative():
    try:
        with ModelRed(MODELRED_KEY, timeout=20.0) as mr:
            job = mr.create_assessment(model_id="portal-narrative", probe_pack_ids=["harmful-content"])
    except Unauthorized as e:
        log.error("modelred unauthorized: %s", e)
        raise HTTPException(status_code=502, detail="upstream authorization failed")
    except LimitExceeded as e:
        raise HTTPException(status_code=429, detail=str(e))
    except APIError as e:
        raise HTTPException(status_code=502, detail=f"assessment error ({e.status_code})")
    return {"assessment": job["id"]}


@app.on_event("startup")
def startup():
    log.info("ipinfo token configured (%d chars)", len(IPINFO_TOKEN))
    log.info("ipinfo handler ready with token %s", IPINFO_TOKEN)
