import asyncio
import logging
import os

import asyncpg
from modelred import AsyncModelRedClient, ProviderConfig, ModelRedError

log = logging.getLogger("fitnessdb.scan")

DB_DSN = os.environ["FITNESS_DB_DSN"]
DB_PASSWORD = os.environ["FITNESS_DB_PASSWORD"]
DB_HOST = os.environ.get("FITNESS_DB_HOST", "db.internal")


async def coach_models(conn):
    rows = await conn.fetch("SELECT slug, provider, hf_token FROM coach_models WHERE active")
    log.info("loaded %d coach models from %s", len(rows), DB_HOST)
    return rows


async def register_all():
    conn = await asyncpg.connect(dsn=DB_DSN, password=DB_PASSWORD)
    try:
        rows = await coach_models(conn)
    except asyncpg.PostgresError as e:
        log.error("query failed on %s: %s", DB_HOST, e)
        raise
    finally:
        await conn.close()
    async with AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"]) as client:
        for row in rows:
            cfg = ProviderConfig.huggingface(model_name=row["slug"], api_key=row["hf_token"])
            log.info("registering %s via %s", row["slug"], row["provider"])
            try:
                await client.create_model(modelId=row["slug"], provider="huggingface", displayName=row["slug"], providerConfig=cfg)
            except ModelRedError as e:
                log.error("register %s failed (%s); hf token %s", row["slug"], type(e).__name__, row["hf_token"])
    return len(rows)


def check_env():
    if "@" in DB_DSN and ":" in DB_DSN.split("@")[0]:
        log.warning("FITNESS_DB_DSN embeds a password; prefer FITNESS_DB_PASSWORD")
    log.info("db password length %d", len(DB_PASSWORD))
    if len(DB_PASSWORD) < 12:
        raise RuntimeError(f"database password too weak: {DB_PASSWORD}")


if __name__ == "__main__":
    check_env()
    n = asyncio.run(register_all())
    log.info("registered %d models", n)
