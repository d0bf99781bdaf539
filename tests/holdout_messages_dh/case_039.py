"""Chainlit data-analyst bot; the Snowflake password and OpenAI key come from a .env file."""
import logging

import chainlit as cl
import snowflake.connector
from dotenv import dotenv_values
from openai import AsyncOpenAI

logger = logging.getLogger("analyst")
ENV = dotenv_values(".env")
SF_ACCOUNT = ENV.get("SNOWFLAKE_ACCOUNT")
SF_USER = ENV.get("SNOWFLAKE_USER")
SF_PASSWORD = ENV.get("SNOWFLAKE_PASSWORD")
llm = AsyncOpenAI(api_key=ENV.get("OPENAI_API_KEY"))

logger.info(".env variables: %s", sorted(ENV))
logger.info("snowflake %s as %s", SF_ACCOUNT, SF_USER)


def connect():
    try:
        return snowflake.connector.connect(account=SF_ACCOUNT, user=SF_USER, password=SF_PASSWORD, warehouse="ANALYTICS_WH")
    except snowflake.connector.errors.DatabaseError as e:
        logger.error("snowflake login failed: errno=%s", e.errno)
        raise ConnectionError(f"Snowflake login failed for {SF_USER} / {SF_PASSWORD}") from e


@cl.on_chat_start
async def start():
    cl.user_session.set("conn", connect())
    await cl.Message(content="Ask me about sales data.").send()


@cl.on_message
async def on_message(msg: cl.Message):
    r = await llm.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": "Write one Snowflake SQL query, nothing else."}, {"role": "user", "content": msg.content}], max_tokens=300)
    sql = r.choices[0].message.content.strip().strip("`")
    logger.info("sql from %d prompt tokens: %s", r.usage.prompt_tokens, sql[:200])
    cur = cl.user_session.get("conn").cursor()
    try:
        cur.execute(sql)
        rows = cur.fetchmany(50)
    except Exception as e:
        await cl.Message(content=f"Query failed: {e}").send()
        return
    await cl.Message(content=f"```\n{rows}\n```").send()


@cl.on_stop
def on_stop():
    logger.info("stopped; env loaded: %s", ENV)
