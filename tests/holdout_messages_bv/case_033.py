import asyncio
import logging
import os
import sys

import aiofiles
import httpx
from modelred import AsyncModelRed, ModelRedError, RateLimited, ServerError

RETRYABLE = (RateLimited, ServerError)
log = logging.getLogger("bulk_export")


async def fetch_all(key: str, ids):
    out = {}
    async with AsyncModelRed(key, max_retries=0) as mr:
        for aid in ids:
            for attempt in range(3):
                try:
                    out[aid] = await mr.get_assessment(aid)
                    break
                except RETRYABLE as e:
                    log.info("retry %d for %s (%s)", attempt, aid, type(e).__name__)
                    await asyncio.sleep(2 ** attempt)
                except ModelRedError as e:
                    log.warning("giving up on %s: %s", aid, e)
                    break
    return out


async def upload(path: str, webhook: str, hook_token: str):
    async with aiofiles.open(path, "rb") as fh:
        data = await fh.read()
    async with httpx.AsyncClient(timeout=60) as client:
        r = await client.post(webhook, content=data, headers={"X-Hook-Token": hook_token})
    if r.status_code >= 300:
        raise ConnectionError(f"upload failed {r.status_code}: {r.text[:200]}")
    return r.status_code


async def main():
    key = os.environ["MODELRED_API_KEY"]
    hook_token = os.environ["REPORT_HOOK_TOKEN"]
    print(f"starting export, hook token {hook_token}", file=sys.stderr)
    data = await fetch_all(key, sys.argv[1:])
    async with aiofiles.open("export.jsonl", "w") as fh:
        for aid, a in data.items():
            await fh.write(f'{{"id": "{aid}", "status": "{a.get("status")}"}}\n')
    code = await upload("export.jsonl", os.environ["REPORT_HOOK_URL"], hook_token)
    print("uploaded", len(data), "assessments, status", code, file=sys.stderr)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
