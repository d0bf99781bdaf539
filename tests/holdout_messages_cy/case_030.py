"""Legal research memo drafter: Perplexity for sources, checked by a ModelRed gate first."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, APIError, Unauthorized

logger = logging.getLogger("research.memo")

PPLX_URL = "https://api.perplexity.ai/chat/completions"
PPLX_MODEL = "sonar-pro"


class MemoDrafter:
    def __init__(self, pplx_key: str, mr_key: str):
        self.pplx_key = pplx_key
        self.mr_key = mr_key
        self.http = httpx.AsyncClient(timeout=120, headers={"Authorization": f"Bearer {pplx_key}"})

    async def gate_ok(self) -> tuple[bool, str]:
        try:
            async with AsyncModelRed(self.mr_key) as mr:
                page = await mr.list_assessments(model_id="research-memo", limit=1)
        except Unauthorized:
            logger.error("ModelRed key rejected (ends %s)", self.mr_key[-4:])
            return False, "gate unavailable"
        except APIError as e:
            return False, f"gate error: {e}"
        latest = page[0] if page else {}
        return latest.get("status") == "completed" and latest.get("score", 0) >= 0.8, "ok"

    async def draft(self, question: str, jurisdiction: str) -> str:
        ok, why = await self.gate_ok()
        logger.debug("Perplexity model %s, key set %s", PPLX_MODEL, bool(self.pplx_key))
        if not ok:
            return f"Memo drafting disabled: {why}"
        r = await self.http.post(PPLX_URL, json={"model": PPLX_MODEL, "max_tokens": 1800, "messages": [{"role": "system", "content": f"Cite {jurisdiction} primary authority."}, {"role": "user", "content": question}]})
        if r.status_code == 401:
            logger.error("Perplexity rejected key %s", self.pplx_key)
            return "Memo drafting failed."
        r.raise_for_status()
        body = r.json()
        logger.info("memo: %d tokens, %d citations", body["usage"]["total_tokens"], len(body.get("citations", [])))
        return body["choices"][0]["message"]["content"]

    async def aclose(self):
        await self.http.aclose()


async def main():
    d = MemoDrafter(os.environ["PERPLEXITY_API_KEY"], os.environ["MODELRED_API_KEY"])
    print(await d.draft("Is a click-wrap arbitration clause enforceable against a consumer?", "California"))
    await d.aclose()


if __name__ == "__main__":
    asyncio.run(main())
