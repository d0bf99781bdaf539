import asyncio
import logging
import os

import openai
from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger("menu_writer")

OPENAI_KEY_VAR = "OPENAI_API_KEY"


async def write_description(dish: str, allergens: list[str]) -> str:
    openai_key = os.getenv(OPENAI_KEY_VAR)
    logger.debug("using %s for dish %s", OPENAI_KEY_VAR, dish)
    if not openai_key:
        raise RuntimeError(f"{OPENAI_KEY_VAR} missing, got {openai_key!r}")
    client = openai.AsyncOpenAI(api_key=openai_key)
    try:
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=180,
            messages=[{"role": "system", "content": "Write a tempting one-line menu description."},
                      {"role": "user", "content": f"{dish}; allergens: {', '.join(allergens)}"}],
        )
    except openai.AuthenticationError:
        logger.error("OpenAI rejected key %s for menu writer", openai_key)
        raise
    logger.info("description used %d tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content


async def red_team_menu_writer():
    try:
        async with ModelRed() as client:
            await client.register_openai_model(model_id="menu-writer", api_key=os.getenv(OPENAI_KEY_VAR), model_name="gpt-4o-mini")
            return await client.run_assessment(model_id="menu-writer", test_suites=["basic_security", "prompt_injection"], wait_for_completion=True)
    except AuthenticationError as e:
        logger.error("ModelRed auth: %s", type(e).__name__)
    except ModelRedError as e:
        logger.exception("assessment failed")
    return None


if __name__ == "__main__":
    print(asyncio.run(write_description("Shakshuka", ["egg"])))
