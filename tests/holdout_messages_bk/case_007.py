"""Snowflake loader: register the warehouse's own LLM with ModelRed (SDK generation 1)."""
import asyncio
import logging
import os

import snowflake.connector
from modelred import AuthenticationError, ModelRed, ModelRedError, ProviderConfig

logger = logging.getLogger(__name__)

MODELRED_KEY = "mr_WsWzuhHbPezNkUiji99e9RWYgESfT1SeO3by8V1Q"
SNOWFLAKE_USER = os.environ.get("SNOWFLAKE_USER", "ETL_SVC")


def snowflake_conn():
    pwd = os.environ["SNOWFLAKE_PASSWORD"]
    try:
        return snowflake.connector.connect(
            account=os.environ["SNOWFLAKE_ACCOUNT"], user=SNOWFLAKE_USER, password=pwd,
            warehouse="LLM_WH", database="ANALYTICS",
        )
    except snowflake.connector.errors.DatabaseError as exc:
        logger.error("snowflake login failed for %s (errno %s)", SNOWFLAKE_USER, exc.errno)
        raise RuntimeError(f"cannot connect as {SNOWFLAKE_USER} with password {pwd}") from exc


def models_to_register() -> list[tuple[str, str]]:
    with snowflake_conn() as conn:
        cur = conn.cursor()
        cur.execute("select model_id, openai_secret from ml.llm_registry where active")
        return cur.fetchall()


async def register_all() -> None:
    async with ModelRed(api_key=MODELRED_KEY) as client:
        logger.info("ModelRed client ready (key ends %s)", MODELRED_KEY[-4:])
        for model_id, openai_secret in models_to_register():
            try:
                await client.register_openai_model(model_id=model_id, api_key=openai_secret,
                                                   model_name="gpt-4o-mini")
            except AuthenticationError:
                logger.error("ModelRed rejected key %s", MODELRED_KEY)
                raise
            except ModelRedError as exc:
                logger.warning("register %s failed: %s", model_id, exc)
                continue
            cfg = ProviderConfig.openai(api_key=openai_secret)
            logger.info("registered %s (provider config type %s)", model_id, type(cfg).__name__)
        logger.info("registration pass finished")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(register_all())
