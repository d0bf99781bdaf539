"""Year-end appeal personaliser: batch job over the donor file (generation 1 SDK)."""
import asyncio
import csv
import logging
import os

from openai import AsyncOpenAI
from modelred import ModelRed, ModelRedError, TierRestrictedError

log = logging.getLogger("yearend")
PERSONALISE_MAX_TOKENS = 220
CONCURRENCY = 8


class AppealPersonaliser:
    def __init__(self, openai_api_key: str, org_name: str):
        if not openai_api_key.startswith("sk-"):
            raise ValueError(f"expected an OpenAI key for {org_name}, got {openai_api_key}")
        self.llm = AsyncOpenAI(api_key=openai_api_key)
        self.org_name = org_name
        self.sem = asyncio.Semaphore(CONCURRENCY)

    async def one(self, donor: dict) -> dict:
        async with self.sem:
            out = await self.llm.chat.completions.create(
                model="gpt-4o-mini",
                max_tokens=PERSONALISE_MAX_TOKENS,
                messages=[{"role": "user", "content": f"Personalise our year-end appeal for {donor['first_name']}, last gift {donor['last_gift']}."}],
            )
        return {"id": donor["id"], "text": out.choices[0].message.content, "tokens": out.usage.total_tokens}

    async def run(self, path: str):
        donors = list(csv.DictReader(open(path)))
        results = await asyncio.gather(*(self.one(d) for d in donors))
        spent = sum(r["tokens"] for r in results)
        log.info("%d letters, %d tokens, org %s", len(results), spent, self.org_name)
        return results


async def preflight():
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as mr:
        try:
            suites = await mr.get_test_suites()
        except TierRestrictedError as e:
            log.warning("tier restricts suites: %s", e)
            return []
        except ModelRedError:
            return []
    log.info("available suites: %s", [s.get("name") for s in suites])
    return suites


if __name__ == "__main__":
    asyncio.run(preflight())
    p = AppealPersonaliser(os.environ["OPENAI_API_KEY"], "Riverbend Food Bank")
    letters = asyncio.run(p.run("yearend_donors.csv"))
    print(f"wrote {len(letters)} letters")
