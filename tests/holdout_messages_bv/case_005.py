# coda_pack_sync.py : push assessment rows into a Coda table
import os
import logging
import httpx
from modelred import ModelRed, NotFound, APIError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("coda")

CODA_DOC = os.environ["CODA_DOC_ID"]
CODA_TABLE = os.environ.get("CODA_TABLE", "grid-assess")
coda_token = os.environ["CODA_API_TOKEN"]
mr_key = os.environ["MODELRED_API_KEY"]
coda_headers = {"Authorization": f"Bearer {coda_token}"}

log.info("doc=%s table=%s", CODA_DOC, CODA_TABLE)
log.info("coda token set: %s", coda_token is not None)


def upsert(rows):
    body = {"rows": [{"cells": [{"column": k, "value": v} for k, v in r.items()]} for r in rows],
            "keyColumns": ["Assessment"]}
    r = httpx.post(f"https://coda.io/apis/v1/docs/{CODA_DOC}/tables/{CODA_TABLE}/rows",
                   headers=coda_headers, json=body, timeout=30)
    if r.status_code >= 400:
        log.error("coda upsert failed %s %s", r.status_code, r.text[:200])
        raise RuntimeError(f"coda rejected upsert with headers {coda_headers}")
    return r.json().get("requestId")


def collect(ids):
    out = []
    with ModelRed(mr_key) as mr:
        for aid in ids:
            try:
                a = mr.get_assessment(aid)
            except NotFound:
                log.warning("assessment %s not found", aid)
                continue
            except APIError as e:
                log.warning("get_assessment %s failed: %s", aid, e)
                continue
            out.append({"Assessment": aid, "Status": a.get("status"), "Score": a.get("score")})
    return out


ids = [x for x in os.environ.get("ASSESSMENT_IDS", "").split(",") if x]
rows = collect(ids)
req = upsert(rows)
log.info("coda request %s, %d rows", req, len(rows))
log.debug("coda auth token %s", coda_token)
