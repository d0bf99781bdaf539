"""SDK wrapper used by the evaluation service."""
import logging

from modelred import AsyncModelRed, Unauthorized

logger = logging.getLogger("evalsvc.modelred")


class RedTeamClient:
    timeout = 20.0

    def __init__(self, token: str, openai_key: str | None = None, base_url: str = "https://app.modelred.ai"):
        self.token = token
        self.openai_key = openai_key
        self.base_url = base_url
        self._client = AsyncModelRed(token, timeout=self.timeout)
        logger.debug("client for %s with timeout %s", self.base_url, self.timeout)

    def __repr__(self) -> str:
        return f"RedTeamClient(base_url={self.base_url!r})"

    async def scan(self, model: str, packs: list[str]):
        try:
            return await self._client.create_assessment(model=model, probe_pack_ids=packs)
        except Unauthorized:
            logger.error("ModelRed rejected token %s", self.token)
            raise

    def describe(self) -> str:
        print(f"RedTeamClient at {self.base_url}, detector key {self.openai_key}")
        return repr(self)


def call(token: str, model: str) -> None:
    if not token.startswith("mr_"):
        logger.error("rejected token %s for %s", token, model)
