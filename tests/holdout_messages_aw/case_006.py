"""Async sanctions screening against a ComplyAdvantage-style search API."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("aml.screening")

SEARCH_URL = "https://api.complyadvantage.com/searches"
FUZZINESS = 0.6
FILTERS = {"types": ["sanction", "warning", "pep"]}


def _api_key() -> str:
    key = os.environ.get("COMPLYADVANTAGE_API_KEY")
    if not key:
        raise RuntimeError(f"COMPLYADVANTAGE_API_KEY not set (got {key!r})")
    return key


async def screen_party(client: httpx.AsyncClient, name: str, dob: str | None, api_key: str) -> dict:
    params = {"api_key": api_key}
    body = {"search_term": name, "fuzziness": FUZZINESS, "filters": FILTERS}
    if dob:
        body["filters"] = {**FILTERS, "birth_year": int(dob[:4])}
    try:
        resp = await client.post(SEARCH_URL, params=params, json=body, timeout=30)
    except httpx.TransportError as exc:
        logger.error("transport error screening %s: %s params=%s", name, exc, params)
        raise
    if resp.status_code == 429:
        logger.warning("rate limited screening %s, retry-after=%s", name, resp.headers.get("Retry-After"))
        await asyncio.sleep(float(resp.headers.get("Retry-After", "2")))
        return await screen_party(client, name, dob, api_key)
    resp.raise_for_status()
    data = resp.json()["content"]["data"]
    hits = data.get("total_hits", 0)
    logger.info("screened %s ref=%s hits=%d", name, data.get("ref"), hits)
    return {"name": name, "hits": hits, "ref": data.get("ref"), "share_url": data.get("share_url")}


async def screen_batch(parties: list[tuple[str, str | None]]) -> list[dict]:
    key = _api_key()
    logger.debug("screening %d parties with key ending %s", len(parties), key[-4:])
    async with httpx.AsyncClient() as client:
        sem = asyncio.Semaphore(5)

        async def one(p):
            async with sem:
                return await screen_party(client, p[0], p[1], key)

        results = await asyncio.gather(*(one(p) for p in parties), return_exceptions=True)
    failed = [r for r in results if isinstance(r, Exception)]
    if failed:
        raise RuntimeError(f"{len(failed)} screenings failed using key {key}")
    return results


if __name__ == "__main__":
    out = asyncio.run(screen_batch([("Viktor Petrov", "1969-03-02"), ("Acme Shell Holdings Ltd", None)]))
    print(out)
