"""Async listing-photo captioner (gen 3 AsyncModelRed + OpenAI vision)."""
import asyncio
import logging
import os
from typing import Optional

from openai import AsyncOpenAI
from modelred import AsyncModelRed, ModelRedError, NotFound, Forbidden

_log = logging.getLogger("photos")


class Captioner:
    def __init__(self, openai_key: Optional[str] = None, modelred_key: Optional[str] = None):
        self.openai_key = openai_key or os.environ["OPENAI_API_KEY"]
        self.modelred_key = modelred_key or os.environ["MODELRED_API_KEY"]
        self.model = "gpt-4o-mini"
        self.max_tokens = 120
        self._client = AsyncOpenAI(api_key=self.openai_key)

    def __repr__(self):
        return f"Captioner(model={self.model!r}, key={self.openai_key!r})"

    async def caption(self, url: str) -> str:
        r = await self._client.chat.completions.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": [{"type": "text", "text": "Describe this room for an MLS listing."}, {"type": "image_url", "image_url": {"url": url}}]}],
        )
        _log.debug("caption tokens %d (limit %d)", r.usage.completion_tokens, self.max_tokens)
        return r.choices[0].message.content

    async def check_model(self, model_id: str) -> dict:
        async with AsyncModelRed(self.modelred_key, timeout=15.0) as mr:
            try:
                a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["image-captioning"])
            except NotFound:
                return {"ok": False, "reason": "model not registered"}
            except Forbidden as e:
                return {"ok": False, "reason": f"forbidden: {e}"}
            except ModelRedError as e:
                _log.warning("modelred %s status=%s", type(e).__name__, getattr(e, "status_code", None))
                return {"ok": False, "reason": "scan failed"}
        return {"ok": True, "id": a["id"]}


async def main(urls):
    cap = Captioner()
    _log.info("starting %r", cap)
    _log.info("model %s, key tail %s", cap.model, cap.openai_key[-4:])
    results = await asyncio.gather(*(cap.caption(u) for u in urls))
    for u, c in zip(urls, results):
        print(u, "->", c)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main(["https://photos.example/1.jpg"]))
