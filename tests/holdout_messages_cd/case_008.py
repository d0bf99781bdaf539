"""Binance websocket market-data feed recorder with a signed user-data listen key."""
import asyncio
import hashlib
import hmac
import json
import os
import time

import aiohttp
import structlog

log = structlog.get_logger("feed")

API_KEY = os.environ["BINANCE_API_KEY"]
API_SECRET = os.environ["BINANCE_API_SECRET"].encode()
REST = "https://api.binance.com"


def sign(params: dict) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    sig = hmac.new(API_SECRET, query.encode(), hashlib.sha256).hexdigest()
    return f"{query}&signature={sig}"


async def listen_key(session):
    async with session.post(f"{REST}/api/v3/userDataStream", headers={"X-MBX-APIKEY": API_KEY}) as resp:
        data = await resp.json()
        if resp.status != 200:
            log.error("listen key request failed", status=resp.status, body=data)
            raise RuntimeError(f"listenKey failed ({resp.status}) using api key {API_KEY}")
        log.info("listen key obtained", api_key=API_KEY)
        return data["listenKey"]


async def balances(session):
    qs = sign({"timestamp": int(time.time() * 1000), "recvWindow": 5000})
    async with session.get(f"{REST}/api/v3/account?{qs}", headers={"X-MBX-APIKEY": API_KEY}) as resp:
        acct = await resp.json()
    log.info("balances fetched", assets=len(acct.get("balances", [])), key_hash=hashlib.sha256(API_KEY.encode()).hexdigest()[:8])
    return acct


async def record(symbol="btcusdt"):
    async with aiohttp.ClientSession() as session:
        lk = await listen_key(session)
        await balances(session)
        url = f"wss://stream.binance.com:9443/stream?streams={symbol}@trade/{lk}"
        async with session.ws_connect(url) as ws:
            with open(f"{symbol}.jsonl", "a") as out:
                async for msg in ws:
                    out.write(json.dumps(json.loads(msg.data)) + "\n")


if __name__ == "__main__":
    asyncio.run(record())
