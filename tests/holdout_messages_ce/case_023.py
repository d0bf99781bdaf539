"""Policy wording diff explainer: gen-2 async ModelRed client and Anthropic."""
import asyncio
import logging
import os

from anthropic import AsyncAnthropic
from modelred import AsyncModelRed, ProviderConfig, RateLimitError, NotFoundError, ModelRedError

log = logging.getLogger("policy.diff")


class WordingDiffExplainer:
    def __init__(self, anthropic_key: str, modelred_key: str):
        self.anthropic_key = anthropic_key
        self.modelred_key = modelred_key
        self.llm = AsyncAnthropic(api_key=anthropic_key)
        self.max_tokens = 1500

    async def explain(self, old: str, new: str) -> str:
        msg = await self.llm.messages.create(
            model="claude-3-5-sonnet-latest", max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Explain coverage changes:\nOLD:\n{old}\nNEW:\n{new}"}],
        )
        return msg.content[0].text

    async def register(self) -> dict:
        cfg = ProviderConfig.anthropic(api_key=self.anthropic_key, model="claude-3-5-sonnet-latest")
        async with AsyncModelRed(api_key=self.modelred_key) as mr:
            try:
                return await mr.create_model(modelId="wording-diff", provider="anthropic",
                                             displayName="Wording diff explainer", providerConfig=cfg)
            except RateLimitError as exc:
                log.warning("rate limited, retry after %s", getattr(exc, "retry_after", "?"))
                return {"error": "rate_limited"}
            except NotFoundError:
                return {"error": "not_found"}
            except ModelRedError as exc:
                return {"error": "modelred", "message": str(exc)}


async def main():
    explainer = WordingDiffExplainer(os.environ["ANTHROPIC_API_KEY"], os.environ["MODELRED_API_KEY"])
    log.info("explainer ready, max_tokens=%d", explainer.max_tokens)
    log.info("anthropic key: %s", explainer.anthropic_key)
    print(await explainer.register())


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
