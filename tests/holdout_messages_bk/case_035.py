"""Async S3 -> LLM -> Postgres loader for scanned contracts (asyncio, aioboto3, asyncpg)."""
import asyncio
import logging
import os

import aioboto3
import asyncpg
from openai import AsyncOpenAI, APIStatusError

log = logging.getLogger("contracts_loader")


class ContractLoader:
    def __init__(self, bucket: str, prefix: str) -> None:
        self.bucket = bucket
        self.prefix = prefix
        self.pg_dsn = os.environ["CONTRACTS_PG_DSN"]
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.llm = AsyncOpenAI(api_key=self.openai_key, max_retries=4)
        self.sem = asyncio.Semaphore(8)

    async def extract_terms(self, text: str) -> str:
        async with self.sem:
            try:
                r = await self.llm.chat.completions.create(
                    model="gpt-4o", max_tokens=800,
                    messages=[{"role": "user", "content": f"Extract renewal terms:\n{text[:20000]}"}])
            except APIStatusError as err:
                log.error("OpenAI %s (request id %s)", err.status_code, err.request_id)
                raise
            log.debug("completion tokens %d", r.usage.completion_tokens)
            return r.choices[0].message.content

    async def run(self) -> int:
        session = aioboto3.Session()
        pool = await asyncpg.create_pool(self.pg_dsn, min_size=1, max_size=4)
        count = 0
        async with session.client("s3") as s3:
            listing = await s3.list_objects_v2(Bucket=self.bucket, Prefix=self.prefix)
            for obj in listing.get("Contents", []):
                body = await (await s3.get_object(Bucket=self.bucket, Key=obj["Key"]))["Body"].read()
                terms = await self.extract_terms(body.decode("utf-8", "ignore"))
                await pool.execute("insert into contract_terms(s3_key, terms) values($1, $2)", obj["Key"], terms)
                log.info("loaded %s", obj["Key"])
                count += 1
        await pool.close()
        return count


async def main() -> None:
    loader = ContractLoader(os.environ.get("CONTRACTS_BUCKET", "acme-contracts"), "scanned/")
    if not loader.openai_key.startswith("sk-"):
        raise EnvironmentError(f"OPENAI_API_KEY does not look like an OpenAI key: {loader.openai_key!r}")
    try:
        n = await loader.run()
    except Exception:
        log.exception("loader failed; llm key %s", loader.openai_key)
        raise
    log.info("loaded %d contracts from s3://%s/%s", n, loader.bucket, loader.prefix)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
