"""Async htsget client: stream a region of a controlled-access BAM for the variant reviewer."""
from __future__ import annotations

import asyncio
import base64
import logging
import os

import httpx

log = logging.getLogger("htsget")

HTSGET_BASE = os.environ.get("HTSGET_URL", "https://htsget.biobank.example/reads")
PASSPORT_VAR = "GA4GH_PASSPORT"


async def ticket(client: httpx.AsyncClient, dataset: str, region: str, passport: str) -> dict:
    chrom, _, span = region.partition(":")
    start, _, end = span.partition("-")
    params = {"referenceName": chrom, "start": start, "end": end, "format": "BAM"}
    r = await client.get(f"{HTSGET_BASE}/{dataset}", params=params, headers={"Authorization": f"Bearer {passport}"})
    if r.status_code == 403:
        log.warning("htsget denied %s for passport ending %s", dataset, passport[-4:])
        raise PermissionError(f"no visa for {dataset}: {r.json().get('htsget', {}).get('message')}")
    r.raise_for_status()
    return r.json()["htsget"]


async def fetch_block(client: httpx.AsyncClient, block: dict) -> bytes:
    url = block["url"]
    if url.startswith("data:"):
        return base64.b64decode(url.split(",", 1)[1])
    headers = block.get("headers", {})
    r = await client.get(url, headers=headers)
    if r.status_code >= 400:
        log.error("block fetch failed with HTTP %s", r.status_code)
    return r.content


async def stream_region(dataset: str, region: str, out_path: str) -> int:
    passport = os.environ.get(PASSPORT_VAR, "")
    if not passport:
        raise RuntimeError(f"{PASSPORT_VAR} is empty ({passport!r}); run `passport login` first")
    async with httpx.AsyncClient(timeout=120) as client:
        tk = await ticket(client, dataset, region, passport)
        blocks = await asyncio.gather(*(fetch_block(client, b) for b in tk["urls"]))
    total = 0
    with open(out_path, "wb") as fh:
        for chunk in blocks:
            fh.write(chunk)
            total += len(chunk)
    log.info("wrote %d bytes for %s %s (passport %s)", total, dataset, region, passport)
    return total


if __name__ == "__main__":
    asyncio.run(stream_region("EGAD00001000001", "chr17:43044295-43125483", "brca1.bam"))
