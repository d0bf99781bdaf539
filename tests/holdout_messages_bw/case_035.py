"""gRPC-free internal API for the stream overlay: async ModelRed gen 2 + structlog."""
import os

import structlog
from modelred import AsyncModelRedClient, ModelRedError, RateLimitError, ProviderConfig

log = structlog.get_logger("overlay.guard")


class OverlayGuard:
    def __init__(self, mr_key: str, anthropic_key: str):
        self.mr_key = mr_key
        self.anthropic_key = anthropic_key
        self.client = AsyncModelRedClient(api_key=mr_key)
        self.model_id = "overlay-chat-filter"

    async def register(self):
        cfg = ProviderConfig.anthropic(api_key=self.anthropic_key, model_name="claude-3-5-haiku-latest", max_tokens=256)
        log.info("registering", model=self.model_id, provider="anthropic", max_tokens=256)
        try:
            await self.client.create_model(modelId=self.model_id, provider="anthropic",
                                           displayName="Overlay chat filter", providerConfig=cfg)
        except ModelRedError as exc:
            log.error("register failed", error=type(exc).__name__, anthropic_key=self.anthropic_key)
            raise

    async def check(self, chat_line: str) -> dict:
        try:
            a = await self.client.create_assessment(model=self.model_id, test_types=["toxicity"])
            return {"queued": a["id"]}
        except RateLimitError as exc:
            log.warning("rate limited", retry_after=getattr(exc, "retry_after", None))
            return {"queued": None, "message": "try later"}
        except ModelRedError as exc:
            return {"queued": None, "message": f"guard error: {exc}"}


async def build_guard() -> OverlayGuard:
    mr_key = os.environ["MODELRED_API_KEY"]
    ak = os.environ["ANTHROPIC_API_KEY"]
    log.info("guard config", mr_key_len=len(mr_key), anthropic_prefix=ak[:4])
    g = OverlayGuard(mr_key, ak)
    await g.register()
    return g


if __name__ == "__main__":
    import asyncio
    g = asyncio.run(build_guard())
    log.info("guard ready", model=g.model_id)
    print(asyncio.run(g.check("hello chat")))
