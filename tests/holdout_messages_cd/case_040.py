"""Async Kalshi-style prediction-market client with RSA-signed requests (asyncio)."""
import asyncio
import base64
import logging
import os
import time

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

log = logging.getLogger("kalshi")

KEY_ID = os.environ["KALSHI_KEY_ID"]
PEM_PATH = os.environ.get("KALSHI_PRIVATE_KEY_PATH", "kalshi.pem")


def load_key():
    with open(PEM_PATH, "rb") as fh:
        pem = fh.read()
    log.info("loaded private key from %s (%d bytes)", PEM_PATH, len(pem))
    return serialization.load_pem_private_key(pem, password=None)


def signed_headers(private_key, method: str, path: str) -> dict:
    ts = str(int(time.time() * 1000))
    sig = private_key.sign(f"{ts}{method}{path}".encode(), padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH), hashes.SHA256())
    return {"KALSHI-ACCESS-KEY": KEY_ID, "KALSHI-ACCESS-TIMESTAMP": ts, "KALSHI-ACCESS-SIGNATURE": base64.b64encode(sig).decode()}


async def markets(private_key):
    path = "/trade-api/v2/markets"
    async with httpx.AsyncClient(base_url="https://api.elections.kalshi.com") as http:
        r = await http.get(path, headers=signed_headers(private_key, "GET", path), params={"limit": 20})
    log.info("markets -> %s", r.status_code)
    return r.json().get("markets", [])


async def main():
    key = load_key()
    log.info("signing as key id ending %s", KEY_ID[-4:])
    pem_text = open(PEM_PATH).read()
    if "ENCRYPTED" in pem_text:
        raise RuntimeError(f"encrypted PEM not supported:\n{pem_text}")
    for m in await markets(key):
        print(m["ticker"], m.get("yes_bid"), m.get("no_bid"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
