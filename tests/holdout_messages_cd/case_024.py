"""Crypto tax/portfolio importer: exchange API keys pasted by users, stored encrypted."""
import logging

from cryptography.fernet import Fernet
from pydantic import BaseModel, SecretStr
from fastapi import APIRouter, HTTPException

router = APIRouter()
audit = logging.getLogger("importer.audit")


class LinkRequest(BaseModel):
    exchange: str
    api_key: str
    api_secret: SecretStr
    label: str = ""


SUPPORTED = {"binance", "kraken", "coinbase", "bitstamp"}


def encrypt(box: Fernet, value: str) -> bytes:
    return box.encrypt(value.encode())


@router.post("/link")
def link(req: LinkRequest, box: Fernet):
    if req.exchange not in SUPPORTED:
        raise HTTPException(400, detail=f"unsupported exchange {req.exchange}")
    audit.info("link request %s", req.model_dump(exclude={"api_key", "api_secret"}))
    audit.info("link secret field %s", req.api_secret)
    if len(req.api_key) < 20:
        raise HTTPException(422, detail=f"api key {req.api_key} looks truncated")
    blob_key = encrypt(box, req.api_key)
    blob_secret = encrypt(box, req.api_secret.get_secret_value())
    audit.info("stored %d+%d encrypted bytes for %s", len(blob_key), len(blob_secret), req.exchange)
    audit.debug("raw secret for %s: %s", req.label, req.api_secret.get_secret_value())
    return {"exchange": req.exchange, "label": req.label, "key_tail": req.api_key[-4:]}


@router.get("/supported")
def supported():
    return sorted(SUPPORTED)


@router.delete("/link/{label}")
def unlink(label: str):
    audit.info("unlink %s", label)
    return {"removed": label}
