"""Catering quote generator (async, Anthropic) with ModelRed gen-3 checks."""
import asyncio
import logging
import os

from anthropic import AsyncAnthropic
from modelred import AsyncModelRed, Forbidden, ModelRedError, NotAllowedForApiKey

log = logging.getLogger("catering")


class CateringQuoter:
    def __init__(self, anthropic_key: str, mr_key: str):
        self.anthropic_key = anthropic_key
        self.mr_key = mr_key
        self.llm = AsyncAnthropic(api_key=anthropic_key)

    async def quote(self, guests: int, menu: str) -> str:
        msg = await self.llm.messages.create(model="claude-3-5-sonnet-latest", max_tokens=800,
                                             messages=[{"role": "user", "content": f"Quote catering for {guests} guests: {menu}"}])
        log.info("quote for %d guests: %d output tokens", guests, msg.usage.output_tokens)
        return msg.content[0].text

    async def scan(self, model_id: str) -> dict:
        try:
            async with AsyncModelRed(self.mr_key, timeout=30.0) as mr:
                return await mr.create_assessment(model_id=model_id, probe_pack_ids=["pricing-manipulation"])
        except NotAllowedForApiKey:
            log.error("key ...%s may not create assessments", self.mr_key[-4:])
            return {"error": "not allowed"}
        except Forbidden as e:
            log.error("forbidden: %s", e)
            return {"error": "forbidden"}
        except ModelRedError as e:
            return {"error": f"{e}"}

    def __repr__(self) -> str:
        return f"CateringQuoter(modelred=...{self.mr_key[-4:]})"


async def main():
    q = CateringQuoter(os.environ["ANTHROPIC_API_KEY"], os.environ["MODELRED_API_KEY"])
    log.debug("quoter %r with anthropic key %s", q, q.anthropic_key)
    print(await q.quote(80, "mezze, grilled fish, baklava"))
    print(await q.scan("catering-quoter"))
    if not q.anthropic_key.startswith("sk-ant-"):
        raise ValueError("unexpected Anthropic key format: %s" % q.anthropic_key)


if __name__ == "__main__":
    asyncio.run(main())
