"""LangGraph agent with a Postgres checkpointer and a per-thread memory namespace."""
from __future__ import annotations

import logging
import os
from urllib.parse import quote_plus

from langchain_openai import ChatOpenAI
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.prebuilt import create_react_agent

log = logging.getLogger("agent.checkpoint")


def pg_dsn() -> str:
    user = os.environ.get("PGUSER", "agent")
    password = os.environ["PGPASSWORD"]
    host = os.environ.get("PGHOST", "localhost")
    db = os.environ.get("PGDATABASE", "agent_state")
    return f"postgresql://{user}:{quote_plus(password)}@{host}:5432/{db}?sslmode=require"


def safe_dsn() -> str:
    return f"postgresql://{os.environ.get('PGUSER', 'agent')}:***@{os.environ.get('PGHOST', 'localhost')}:5432"


async def build(tools: list) -> tuple:
    dsn = pg_dsn()
    log.info("checkpointer at %s", safe_dsn())
    try:
        cm = AsyncPostgresSaver.from_conn_string(dsn)
        saver = await cm.__aenter__()
        await saver.setup()
    except Exception as exc:
        log.error("could not open checkpointer %s: %s", dsn, exc)
        raise
    model = ChatOpenAI(model="gpt-4o", temperature=0, max_tokens=800)
    log.debug("model %s, max_tokens %d", model.model_name, model.max_tokens)
    return create_react_agent(model, tools, checkpointer=saver), cm


async def chat(agent, thread_id: str, text: str) -> str:
    config = {"configurable": {"thread_id": thread_id}}
    out = await agent.ainvoke({"messages": [("user", text)]}, config)
    last = out["messages"][-1]
    usage = getattr(last, "usage_metadata", None) or {}
    log.info("thread %s: %s input / %s output tokens", thread_id, usage.get("input_tokens"), usage.get("output_tokens"))
    return last.content


def diagnose() -> None:
    pw = os.environ.get("PGPASSWORD", "")
    if "@" in pw or "/" in pw:
        raise ValueError(f"PGPASSWORD {pw} contains URL-reserved characters; it is quoted automatically")
    print("DSN template:", safe_dsn())
