"""Premium finance / payment gateway callbacks (ACH returns, card declines) for claims refunds."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from loguru import logger

app = FastAPI()
std_log = logging.getLogger("payments.callbacks")

GATEWAY_API_KEY = os.environ["PAYGATE_API_KEY"]
GATEWAY_MERCHANT_ID = os.environ.get("PAYGATE_MERCHANT_ID", "M-77120")
CALLBACK_SECRET = os.environ["PAYGATE_CALLBACK_SECRET"]


@app.post("/paygate/callback")
async def callback(request: Request, x_paygate_secret: str = Header(default="")):
    if x_paygate_secret != CALLBACK_SECRET:
        logger.warning("callback with wrong secret {} from {}", x_paygate_secret, request.client.host)
        raise HTTPException(status_code=401, detail="bad callback secret")
    event = await request.json()
    logger.info("paygate event {} for merchant {}", event.get("type"), GATEWAY_MERCHANT_ID)
    if event.get("type") == "ach.returned":
        std_log.warning("ACH return %s on refund %s: code %s", event["id"], event["refund_id"], event["return_code"])
    return {"ok": True}


@app.get("/paygate/status")
async def status():
    return {"merchant": GATEWAY_MERCHANT_ID, "key_set": bool(GATEWAY_API_KEY), "secret_len": len(CALLBACK_SECRET)}


def refund(claim_no: str, amount_cents: int, token: str) -> dict:
    import requests
    r = requests.post("https://api.paygate.example.com/v1/refunds", json={"amount": amount_cents, "payment_token": token, "reference": claim_no}, auth=(GATEWAY_MERCHANT_ID, GATEWAY_API_KEY), timeout=20)
    if r.status_code == 401:
        std_log.error("paygate auth failed for merchant %s", GATEWAY_MERCHANT_ID)
        raise HTTPException(status_code=502, detail=f"gateway auth failed with key {GATEWAY_API_KEY}")
    if not r.ok:
        logger.error("refund for {} failed: {} {}", claim_no, r.status_code, r.text)
        raise HTTPException(status_code=502, detail="refund failed")
    return r.json()


@app.on_event("startup")
async def startup():
    logger.info("payments callbacks up for merchant {}", GATEWAY_MERCHANT_ID)
    logger.debug("gateway key tail {}", GATEWAY_API_KEY[-4:])
