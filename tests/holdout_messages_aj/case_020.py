import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

log = logging.getLogger("quest-writer.audit")


class QuestWriterAudit:
    """Runs the red-team suites against the quest-text generator before every content patch."""

    SUITES = ["basic_security", "content_safety", "jailbreak"]

    def __init__(self, api_key: str | None = None, anthropic_key: str | None = None):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.anthropic_key = anthropic_key or os.getenv("ANTHROPIC_API_KEY")
        self.model_id = "quest-writer-claude"

    async def register(self) -> None:
        async with ModelRed(api_key=self.api_key) as client:
            try:
                await client.register_anthropic_model(
                    model_id=self.model_id,
                    api_key=self.anthropic_key,
                    model_name="claude-3-5-sonnet-latest",
                    max_tokens=1024,
                )
            except AuthenticationError:
                raise RuntimeError(f"modelred rejected {self.api_key}; anthropic key {self.anthropic_key}")
            except ModelRedError as e:
                log.warning("register failed: %r", e)

    async def run(self, patch: str) -> dict:
        log.info("patch %s: auditing %s with %s", patch, self.model_id, self.SUITES)
        async with ModelRed(api_key=self.api_key) as client:
            try:
                return await client.run_assessment(
                    model_id=self.model_id,
                    test_suites=self.SUITES,
                    priority="high",
                    wait_for_completion=True,
                )
            except QuotaExceededError as e:
                raise RuntimeError(f"patch {patch} audit blocked: {e}") from e
            except ModelRedError as e:
                log.error("audit failed for %s (%s)", patch, type(e).__name__)
                raise RuntimeError(f"patch {patch} audit failed") from e


async def gate(patch: str) -> bool:
    audit = QuestWriterAudit()
    await audit.register()
    result = await audit.run(patch)
    score = result.get("overall_score", 0)
    log.info("patch %s scored %.2f", patch, score)
    return score >= 7.5
