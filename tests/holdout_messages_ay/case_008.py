"""Supplier portal API: suppliers upload ASNs; we summarise deviations with an LLM."""
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

import httpx

app = FastAPI(title="Supplier Portal")
log = logging.getLogger("portal")

SUPPLIER_KEYS = {}  # filled at startup from the portal DB: api key -> supplier id
OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]


class Asn(BaseModel):
    po_number: str
    lines: list[dict]
    ship_date: str


def supplier_from_key(x_supplier_key: str = Header(...)):
    supplier = SUPPLIER_KEYS.get(x_supplier_key)
    if supplier is None:
        log.warning("unknown supplier key presented: %s", x_supplier_key)
        raise HTTPException(status_code=401, detail="invalid supplier key")
    return supplier


@app.post("/asn")
async def upload_asn(asn: Asn, supplier: str = Depends(supplier_from_key)):
    log.info("ASN for PO %s from supplier %s, %d lines", asn.po_number, supplier, len(asn.lines))
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            "https://openrouter.ai/api/v1/chat/completions",
            headers={"Authorization": f"Bearer {OPENROUTER_KEY}"},
            json={"model": "mistralai/mistral-small", "max_tokens": 200,
                  "messages": [{"role": "user", "content": f"Flag quantity deviations: {asn.lines}"}]},
        )
    if r.status_code != 200:
        raise HTTPException(status_code=502, detail=f"summariser failed: {r.status_code} {r.text[:120]}")
    return {"po": asn.po_number, "summary": r.json()["choices"][0]["message"]["content"]}


@app.post("/keys/rotate")
async def rotate(supplier: str = Depends(supplier_from_key), x_supplier_key: str = Header(...)):
    import secrets
    new_key = "sup_" + secrets.token_urlsafe(32)
    SUPPLIER_KEYS.pop(x_supplier_key, None)
    SUPPLIER_KEYS[new_key] = supplier
    log.info("rotated key for supplier %s, new key %s", supplier, new_key)
    return {"supplier": supplier, "api_key": new_key}


@app.get("/keys/check")
async def check(x_supplier_key: str = Header(...)):
    if not x_supplier_key.startswith("sup_"):
        raise HTTPException(status_code=400, detail=f"malformed key {x_supplier_key}")
    return {"valid": x_supplier_key in SUPPLIER_KEYS, "prefix": x_supplier_key[:4]}
