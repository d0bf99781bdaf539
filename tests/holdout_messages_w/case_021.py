"""Red-team agent runner on the ModelRed SDK, generation 1 (async, env fallback)."""
from __future__ import annotations

import asyncio
import logging
import os

from modelred import (
    AuthenticationError,
    ModelNotFoundError,
    ModelRed,
    ModelRedError,
    QuotaExceededError,
)

logger = logging.getLogger("redteam.agent")


async def register_agent_model(model_id: str) -> str:
    openai_key = os.environ["OPENAI_API_KEY"]
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
        except AuthenticationError:
            logger.error("registration of %s failed; provider key was %s", model_id, openai_key)
            raise
        except ModelRedError as e:
            return f"registration failed: {e}"
    logger.info("registered %s (provider key ends ...%s)", model_id, openai_key[-4:])
    return "registered"


async def red_team(model_id: str, suites: list[str]) -> dict:
    progress: list[int] = []

    def on_progress(pct: int) -> None:
        progress.append(pct)
        logger.debug("assessment progress %d%%", pct)

    async with ModelRed() as client:
        try:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=suites,
                wait_for_completion=True,
                timeout_minutes=30,
                progress_callback=on_progress,
            )
        except QuotaExceededError as e:
            logger.warning("quota exceeded: %s", e)
            return {"ok": False, "message": "ModelRed quota exceeded; try again next month."}
        except ModelNotFoundError as e:
            return {"ok": False, "message": e.message}
    return {"ok": True, "risk": result.overall_score, "updates": len(progress)}


if __name__ == "__main__":
    key_var = "MODELRED_API_KEY"
    print(f"using {key_var}: {'set' if os.getenv(key_var) else 'missing'}")
    print(asyncio.run(red_team("support-agent-v3", ["prompt_injection", "tool_misuse"])))
