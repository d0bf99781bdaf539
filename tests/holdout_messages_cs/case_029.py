"""Async worker: caption IIIF images through OpenRouter and probe the captioner with ModelRed."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, APIError, Unauthorized, LimitExceeded

log = logging.getLogger("iiif.worker")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
CAPTION_MODEL = "anthropic/claude-3.5-sonnet"


async def caption(client: httpx.AsyncClient, key: str, image_url: str) -> str:
    headers = {"Authorization": f"Bearer {key}", "HTTP-Referer": "https://collections.example.org", "X-Title": "IIIF captions"}
    body = {"model": CAPTION_MODEL, "max_tokens": 200, "messages": [{"role": "user", "content": [
        {"type": "text", "text": "Describe this image for a catalogue record."},
        {"type": "image_url", "image_url": {"url": image_url}}]}]}
    log.debug("referer %s title %s", headers["HTTP-Referer"], headers["X-Title"])
    r = await client.post(OPENROUTER_URL, headers=headers, json=body, timeout=60)
    if r.status_code == 401:
        log.error("OpenRouter 401 for headers %s", headers)
        return ""
    data = r.json()
    log.debug("%s: %s tokens", image_url, data.get("usage", {}).get("total_tokens"))
    return data["choices"][0]["message"]["content"]


async def caption_all(urls: list[str]) -> list[str]:
    key = os.environ["OPENROUTER_API_KEY"]
    async with httpx.AsyncClient() as client:
        return await asyncio.gather(*(caption(client, key, u) for u in urls))


async def probe(job: dict) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    try:
        async with AsyncModelRed(key, timeout=30.0, max_retries=2) as mr:
            a = await mr.create_assessment(model_id=job["model_id"], probe_pack_ids=job["packs"])
    except Unauthorized as e:
        log.error("ModelRed unauthorized (status %s)", e.status_code)
        return {"job": job["id"], "state": "failed", "reason": "scanner credentials rejected"}
    except LimitExceeded as e:
        log.warning("limit exceeded: %s", e)
        return {"job": job["id"], "state": "deferred"}
    except APIError as e:
        return {"job": job["id"], "state": "failed", "reason": str(e)}
    return {"job": job["id"], "state": "queued", "assessment": a["id"]}


async def main() -> None:
    urls = [line.strip() for line in open("images.txt") if line.strip()]
    captions = await caption_all(urls)
    log.info("%d captions", sum(1 for c in captions if c))
    print(await probe({"id": "nightly", "model_id": "iiif-captioner", "packs": ["jailbreak"]}))


if __name__ == "__main__":
    asyncio.run(main())
