"""Merge-queue bot: holds PRs that change the system prompt until ModelRed finishes an assessment."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ModelRedError, NotFoundError

log = logging.getLogger("mergeq")

STATUS_CONTEXT = "modelred/assessment"


class MergeQueueBot:
    def __init__(self, repo: str):
        self.repo = repo
        self.token = os.environ["MERGEQ_GITHUB_TOKEN"]
        self.http = httpx.AsyncClient(base_url="https://api.github.com", headers={"Authorization": f"Bearer {self.token}"})
        self.mr = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])

    async def set_status(self, sha: str, state: str, description: str) -> None:
        r = await self.http.post(f"/repos/{self.repo}/statuses/{sha}", json={"state": state, "context": STATUS_CONTEXT, "description": description[:140]})
        if r.status_code >= 400:
            log.error("status update %s on %s failed: %s", state, sha[:7], r.status_code)
            raise RuntimeError(f"GitHub status API failed with token {self.token}")

    async def gate(self, sha: str, model: str) -> None:
        await self.set_status(sha, "pending", "ModelRed assessment running")
        try:
            created = await self.mr.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"], priority="high")
            result = await self.mr.wait_for_completion(created["id"], timeout_minutes=20)
        except NotFoundError:
            await self.set_status(sha, "error", f"Model {model} is not registered in ModelRed")
            return
        except ModelRedError as exc:
            log.exception("assessment for %s failed", sha[:7])
            await self.set_status(sha, "error", f"ModelRed error: {exc}")
            return
        state = "success" if result.get("score", 0) >= 75 else "failure"
        log.info("sha %s model %s -> %s (max_tokens probe budget %s)", sha[:7], model, state, result.get("max_tokens"))
        await self.set_status(sha, state, f"score {result.get('score')}")


async def main() -> None:
    bot = MergeQueueBot(os.environ["GITHUB_REPOSITORY"])
    log.debug("bot token configured: %s", "yes" if bot.token else "no")
    await bot.gate(os.environ["HEAD_SHA"], os.environ.get("MODEL_NAME", "support-bot"))


if __name__ == "__main__":
    asyncio.run(main())
