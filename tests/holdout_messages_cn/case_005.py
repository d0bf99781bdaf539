import asyncio
import logging
import os

import httpx
from openai import AsyncOpenAI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("oe_coder")

CODEBOOK = {
    "price": "mentions of cost, value for money, discounts",
    "support": "mentions of help desk, agents, response time",
    "product": "features, bugs, reliability",
}


async def code_verbatim(client: AsyncOpenAI, text: str) -> list[str]:
    prompt = "Assign codes from this codebook (comma separated):\n" + "\n".join(f"{k}: {v}" for k, v in CODEBOOK.items())
    r = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": prompt}, {"role": "user", "content": text}],
        max_tokens=40,
    )
    log.info("coded one verbatim, usage %s tokens", r.usage.total_tokens)
    return [c.strip() for c in r.choices[0].message.content.split(",")]


async def main(path: str) -> None:
    openai_key = os.environ["OPENAI_API_KEY"]
    org = os.environ.get("OPENAI_ORG_ID")
    log.info("openai org %s, key %s", org, openai_key)
    log.info("openai key fingerprint %s...%s", openai_key[:3], openai_key[-4:])
    client = AsyncOpenAI(api_key=openai_key, organization=org, http_client=httpx.AsyncClient(timeout=60))
    with open(path) as fh:
        verbatims = [line.strip() for line in fh if line.strip()]
    sem = asyncio.Semaphore(8)

    async def one(v: str):
        async with sem:
            try:
                return await code_verbatim(client, v)
            except Exception as exc:
                log.error("coding failed for %r: %s", v[:40], exc)
                return []

    coded = await asyncio.gather(*(one(v) for v in verbatims))
    for v, c in zip(verbatims, coded):
        print(f"{c}\t{v[:80]}")
    log.info("done: %d verbatims, %d uncoded", len(coded), sum(1 for c in coded if not c))


if __name__ == "__main__":
    asyncio.run(main(os.environ.get("VERBATIMS", "verbatims.txt")))
