"""Async rate-parity checker across OTA channels, with an LLM anomaly explainer (xAI)."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, APIError

log = logging.getLogger("parity")

XAI_URL = "https://api.x.ai/v1/chat/completions"
CHANNELS = {"direct": "https://book.example-hotel.com/api/rates", "ota_a": "https://rates.example-ota.com/v1/hotel", "ota_b": "https://api.example-meta.com/rates"}


async def fetch_rate(client, channel, url, hotel, date, token):
    r = await client.get(url, params={"hotel": hotel, "date": date}, headers={"Authorization": f"Bearer {token}"})
    if r.status_code != 200:
        log.warning("%s returned %s for %s", channel, r.status_code, hotel)
        return channel, None
    return channel, r.json().get("rate")


async def explain(rates, xai_key):
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(XAI_URL, headers={"Authorization": f"Bearer {xai_key}"}, json={"model": "grok-2-latest", "max_tokens": 200, "messages": [{"role": "user", "content": f"Explain this rate disparity: {rates}"}]})
    if r.status_code == 401:
        log.error("xAI rejected key %s", xai_key)
        return None
    return r.json()["choices"][0]["message"]["content"]


async def check(hotel, date):
    token = os.environ["RATES_API_TOKEN"]
    xai_key = os.environ["XAI_API_KEY"]
    async with httpx.AsyncClient(timeout=15) as client:
        results = dict(await asyncio.gather(*(fetch_rate(client, ch, url, hotel, date, token) for ch, url in CHANNELS.items())))
    log.info("rates for %s on %s: %s", hotel, date, results)
    valid = [v for v in results.values() if v is not None]
    if valid and max(valid) - min(valid) > 5:
        print(await explain(results, xai_key))
    return results


async def scan_explainer():
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            return await mr.create_assessment(model_id="parity-explainer-grok", probe_pack_ids=["hallucination"])
    except APIError as e:
        log.error("scan failed: %s", e)
        raise RuntimeError("parity explainer scan failed") from e


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(check("HTL-4411", "2026-05-20"))
