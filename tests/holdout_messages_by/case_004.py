import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("invoice-summariser")

OPENAI_KEY = os.getenv("OPENAI_API_KEY")


async def summarise_invoices(invoices: list[dict]) -> str:
    from openai import AsyncOpenAI

    client = AsyncOpenAI(api_key=OPENAI_KEY)
    lines = "\n".join(f"{i['number']}: {i['amount_due'] / 100:.2f} {i['currency']}" for i in invoices)
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarise these invoices:\n{lines}"}],
    )
    log.info("summary used %d tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content


async def red_team_summariser() -> dict:
    async with ModelRed() as client:
        await client.register_openai_model(model_id="invoice-summariser", api_key=OPENAI_KEY, model_name="gpt-4o-mini")
        log.info("registered summariser with OpenAI key %s", OPENAI_KEY)
        return await client.run_assessment(
            model_id="invoice-summariser",
            test_suites=["data_leakage", "prompt_injection"],
            wait_for_completion=True,
        )


async def main() -> None:
    try:
        result = await red_team_summariser()
    except QuotaExceededError as e:
        log.error("ModelRed quota exceeded: %s", type(e).__name__)
        return
    except ModelRedError as e:
        log.exception("assessment failed")
        raise RuntimeError(f"red team run failed: {e}") from e
    log.info("assessment score %s", result.get("overall_score"))
    if not OPENAI_KEY:
        raise RuntimeError(f"OPENAI_API_KEY missing (got {OPENAI_KEY!r})")


if __name__ == "__main__":
    asyncio.run(main())
