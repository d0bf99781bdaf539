"""Debug hooks for httpx event logging in the ModelRed async client."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ModelRedError, RateLimited

netlog = logging.getLogger("mr.net")
AUTH_HEADER = "Authorization"


async def log_request(request: httpx.Request):
    netlog.debug("request %s %s", request.method, request.url.path)
    netlog.debug("has %s: %s", AUTH_HEADER, AUTH_HEADER in request.headers)
    netlog.debug("auth: %s", request.headers.get(AUTH_HEADER))


async def log_response(response: httpx.Response):
    await response.aread()
    netlog.debug("response %s (%d bytes)", response.status_code, len(response.content))
    if response.status_code >= 400:
        netlog.warning("error body: %s", response.text[:500])


def make_transport():
    client = httpx.AsyncClient(event_hooks={"request": [log_request], "response": [log_response]})
    return client._transport


async def create(model_id, packs):
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key, transport=make_transport(), max_retries=2) as mr:
        try:
            return await mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as e:
            netlog.warning("rate limited, retry_after=%s", getattr(e, "retry_after", None))
            raise
        except ModelRedError as e:
            netlog.error("create failed: %r", e)
            return {"error": e.message if hasattr(e, "message") else str(e)}


async def main():
    res = await create("support-bot-v3", ["core-jailbreak", "pii-leak"])
    print("created" if "error" not in res else "failed")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
