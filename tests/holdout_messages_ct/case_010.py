"""Async context manager pooling AsyncModelRed clients per API key."""
import asyncio
import hashlib
import logging
from contextlib import asynccontextmanager

from modelred import AsyncModelRed, RateLimited, NotAllowedForApiKey, APIError

log = logging.getLogger("mrpool")

_pool = {}
_lock = asyncio.Lock()


def _fingerprint(key):
    return hashlib.sha256(key.encode()).hexdigest()[:10]


@asynccontextmanager
async def modelred_client(api_key):
    fp = _fingerprint(api_key)
    async with _lock:
        client = _pool.get(fp)
        if client is None:
            client = AsyncModelRed(api_key, timeout=15.0)
            _pool[fp] = client
            log.info("new client for key %s", fp)
    try:
        yield client
    except NotAllowedForApiKey:
        log.error("operation not allowed for key %s", api_key)
        raise


async def list_recent(api_key, limit=20):
    async with modelred_client(api_key) as client:
        try:
            return await client.list_assessments(limit=limit)
        except RateLimited as exc:
            log.warning("rate limited, retry after %s", getattr(exc, "retry_after", "?"))
            await asyncio.sleep(2)
            return await client.list_assessments(limit=limit)


async def handle_list(request):
    api_key = request.headers.get("X-ModelRed-Key", "")
    try:
        items = await list_recent(api_key)
    except APIError as exc:
        return {"status": 502, "body": {"error": str(exc)}}
    return {"status": 200, "body": {"items": items}}


async def close_all():
    async with _lock:
        for fp, client in list(_pool.items()):
            await client.aclose()
            log.debug("closed %s", fp)
        _pool.clear()
