"""Async MLS photo captioner: generates alt text for listing photos (gen-3 AsyncModelRed audit)."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ModelRedError, Unauthorized, NotAllowedForApiKey

log = logging.getLogger("photo_alt")

VISION_MODEL = "gpt-4o"
ALT_MAX_TOKENS = 80


class Captioner:
    def __init__(self, openai_key: str, mr_key: str, concurrency: int = 4):
        self._openai_key = openai_key
        self._mr_key = mr_key
        self._sem = asyncio.Semaphore(concurrency)
        self.auth_headers = {"Authorization": f"Bearer {openai_key}"}
        self.http = httpx.AsyncClient(base_url="https://api.openai.com/v1", timeout=60, headers=self.auth_headers)

    async def caption(self, photo_url: str) -> str:
        async with self._sem:
            r = await self.http.post("/chat/completions", json={
                "model": VISION_MODEL, "max_tokens": ALT_MAX_TOKENS,
                "messages": [{"role": "user", "content": [
                    {"type": "text", "text": "Alt text for this listing photo, 1 sentence."},
                    {"type": "image_url", "image_url": {"url": photo_url}}]}]})
            if r.status_code == 401:
                log.error("vision call unauthorized, auth headers %s", self.auth_headers)
                return ""
            log.debug("caption status %s in %.2fs", r.status_code, r.elapsed.total_seconds())
            return r.json()["choices"][0]["message"]["content"]

    async def audit(self) -> dict | None:
        try:
            async with AsyncModelRed(self._mr_key, timeout=15.0) as mr:
                return await mr.create_assessment_by_id(model_id="photo-alt", probe_pack_ids=["jailbreak-basic"])
        except (Unauthorized, NotAllowedForApiKey) as exc:
            log.error("audit not allowed (%s) for key ending %s", type(exc).__name__, self._mr_key[-4:])
            return None
        except ModelRedError as exc:
            log.warning("audit error %r", exc)
            return None

    async def aclose(self):
        await self.http.aclose()


async def main(urls: list[str]) -> None:
    cap = Captioner(os.environ["OPENAI_API_KEY"], os.environ["MODELRED_API_KEY"])
    try:
        alts = await asyncio.gather(*(cap.caption(u) for u in urls))
        for u, a in zip(urls, alts):
            print(u, "->", a)
        print("audit:", await cap.audit())
    finally:
        await cap.aclose()


if __name__ == "__main__":
    asyncio.run(main(["https://photos.example.com/mls/88123/1.jpg"]))
