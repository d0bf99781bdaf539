"""Async rotation job for the ModelRed key itself (generation 3 client)."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, Unauthorized, Forbidden, RateLimited, ServerError

logger = logging.getLogger("rotation.modelred")
RETRYABLE = (RateLimited, ServerError)

PORTAL = os.environ.get("MODELRED_PORTAL", "https://app.modelred.ai")


async def mint_key(session_token: str, label: str) -> str:
    async with httpx.AsyncClient(base_url=PORTAL, timeout=20) as http:
        r = await http.post(
            "/api/keys", json={"label": label},
            headers={"Authorization": f"Bearer {session_token}"},
        )
    if r.status_code >= 400:
        raise RuntimeError(f"mint failed: HTTP {r.status_code} {r.reason_phrase}")
    return r.json()["key"]


async def verify(new_key: str, attempts: int = 3) -> bool:
    for i in range(attempts):
        try:
            async with AsyncModelRed(new_key, timeout=10.0) as client:
                await client.list_assessments(page=1, page_size=1)
            return True
        except RETRYABLE as exc:
            logger.info("retry %d after %s", i, exc)
            await asyncio.sleep(2 ** i)
        except (Unauthorized, Forbidden) as exc:
            logger.error("fresh key %s refused: %s", new_key, exc)
            return False
    return False


async def rotate(session_token: str) -> str:
    label = f"ci-{os.getenv('GITHUB_RUN_ID', 'local')}"
    new_key = await mint_key(session_token, label)
    logger.info("minted key label=%s prefix=%s", label, new_key[:3])
    if not await verify(new_key):
        raise RuntimeError("verification failed for " + label + " / " + session_token)
    return new_key


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    token = os.environ["MODELRED_SESSION_TOKEN"]
    asyncio.run(rotate(token))
