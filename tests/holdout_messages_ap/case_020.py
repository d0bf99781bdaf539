"""A/B subject-line generator for e-mail campaigns, with a ModelRed auth check before use."""
import asyncio
import logging
import os

from openai import AsyncOpenAI
from modelred import ModelRed, AuthenticationError, ModelRedError

logger = logging.getLogger("campaigns.subjects")

MAX_TOKENS = 120
N_VARIANTS = 4


def openai_kwargs():
    client_kwargs = {"api_key": os.environ["OPENAI_API_KEY"], "organization": os.environ.get("OPENAI_ORG_ID")}
    logger.debug("openai client kwargs %s", client_kwargs)
    logger.debug("openai client kwargs %s", {k: v for k, v in client_kwargs.items() if k != "api_key"})
    logger.info("openai org %s", client_kwargs["organization"])
    return client_kwargs


async def subject_lines(brief):
    client = AsyncOpenAI(**openai_kwargs())
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        n=N_VARIANTS,
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Write one e-mail subject line (max 60 chars) for: {brief}"}],
    )
    logger.info("max_tokens %d, prompt_tokens %d", MAX_TOKENS, resp.usage.prompt_tokens)
    return [c.message.content.strip() for c in resp.choices]


async def check_modelred():
    try:
        async with ModelRed() as mr:
            ok = await mr.validate_api_key()
    except AuthenticationError as e:
        return {"ok": False, "reason": str(e)}
    except ModelRedError as e:
        logger.error("modelred unreachable: %s", type(e).__name__)
        return {"ok": False, "reason": "ModelRed unreachable"}
    return {"ok": bool(ok), "reason": None}


async def main(brief):
    status = await check_modelred()
    if not status["ok"]:
        logger.warning("skipping safety gate: %s", status["reason"])
    for line in await subject_lines(brief):
        print(line)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main("Black Friday: 30% off annual plans"))
