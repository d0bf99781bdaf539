"""Weekly regression run over the registered models (generation 1 SDK, asyncio script)."""
import asyncio
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, AuthenticationError, ModelNotFoundError, RateLimitError

logger = logging.getLogger("weekly_regression")
SUITES = ["basic_security", "prompt_injection", "jailbreak"]


def resolve_key() -> str:
    key = os.getenv("MODELRED_API_KEY") or os.getenv("MR_KEY_FALLBACK")
    if key is None:
        sys.exit("neither MODELRED_API_KEY nor MR_KEY_FALLBACK is set")
    return key


async def assess(client: ModelRed, model_id: str) -> str | None:
    try:
        res = await client.run_assessment(model_id=model_id, test_suites=SUITES,
                                          wait_for_completion=True, timeout_minutes=45)
    except ModelNotFoundError:
        logger.warning("model %s not registered, skipping", model_id)
        return None
    except RateLimitError as e:
        logger.info("rate limited on %s: %s", model_id, e)
        await asyncio.sleep(60)
        return await assess(client, model_id)
    return res.get("overall_score")


async def main(models: list[str]) -> int:
    key = resolve_key()
    try:
        async with ModelRed(api_key=key) as client:
            await client.validate_api_key()
            scores = {m: await assess(client, m) for m in models}
    except AuthenticationError:
        print(f"ModelRed refused the key {key}; rotate it in the vault", file=sys.stderr)
        return 2
    except ModelRedError as e:
        logger.error("run aborted: %s", type(e).__name__)
        return 1
    for m, s in scores.items():
        print(f"{m:<30} {s if s is not None else 'n/a'}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(asyncio.run(main(sys.argv[1:] or ["support-bot-v2"])))
