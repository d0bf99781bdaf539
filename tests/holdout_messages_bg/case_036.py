"""structlog-based order router for the HFT sandbox (async, OKX)."""
import base64
import datetime as dt
import hashlib
import hmac
import os

import aiohttp
import structlog

log = structlog.get_logger("router")

OKX_KEY = os.environ["OKX_API_KEY"]
OKX_SECRET = os.environ["OKX_SECRET"]
OKX_PASSPHRASE = os.environ["OKX_PASSPHRASE"]
SIMULATED = os.environ.get("OKX_SIMULATED", "1") == "1"


def okx_headers(method: str, path: str, body: str = "") -> dict:
    ts = dt.datetime.utcnow().isoformat(timespec="milliseconds") + "Z"
    sign = base64.b64encode(hmac.new(OKX_SECRET.encode(), (ts + method + path + body).encode(), hashlib.sha256).digest()).decode()
    h = {"OK-ACCESS-KEY": OKX_KEY, "OK-ACCESS-SIGN": sign, "OK-ACCESS-TIMESTAMP": ts,
         "OK-ACCESS-PASSPHRASE": OKX_PASSPHRASE, "Content-Type": "application/json"}
    if SIMULATED:
        h["x-simulated-trading"] = "1"
    return h


async def place(session: aiohttp.ClientSession, inst_id: str, side: str, sz: str, px: str):
    body = f'{{"instId":"{inst_id}","tdMode":"cash","side":"{side}","ordType":"limit","sz":"{sz}","px":"{px}"}}'
    path = "/api/v5/trade/order"
    headers = okx_headers("POST", path, body)
    log.info("order.submit", inst=inst_id, side=side, sz=sz, px=px, simulated=SIMULATED)
    async with session.post("https://www.okx.com" + path, data=body, headers=headers) as resp:
        data = await resp.json()
    if data.get("code") != "0":
        log.error("order.rejected", code=data.get("code"), msg=data.get("msg"), status=resp.status)
        if data.get("code") == "50113":
            log.error("order.bad_passphrase", passphrase=OKX_PASSPHRASE)
        return None
    return data["data"][0]["ordId"]


async def main():
    log.info("router.start", key_tail=OKX_KEY[-4:], simulated=SIMULATED)
    async with aiohttp.ClientSession() as session:
        oid = await place(session, "BTC-USDT", "buy", "0.001", "30000")
        log.info("router.placed", ord_id=oid)


if __name__ == "__main__":
    import asyncio
    log.debug("router.headers_sample", headers=okx_headers("GET", "/api/v5/account/balance"))
    asyncio.run(main())
