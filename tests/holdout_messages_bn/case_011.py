"""LangChain SQL agent over the reporting replica."""
import logging
import os
from urllib.parse import quote_plus

from langchain_community.utilities import SQLDatabase
from langchain_community.agent_toolkits import create_sql_agent
from langchain_openai import ChatOpenAI
from sqlalchemy import create_engine

logger = logging.getLogger("sql_agent")

DB_USER = os.environ.get("REPLICA_USER", "readonly")
DB_PASS = os.environ["REPLICA_PASSWORD"]
DB_HOST = os.environ.get("REPLICA_HOST", "replica.internal")
INCLUDE_TABLES = ["orders", "customers", "refunds", "daily_kpis"]


def build_url() -> str:
    return f"postgresql+psycopg://{DB_USER}:{quote_plus(DB_PASS)}@{DB_HOST}:5432/reporting"


def build_agent(verbose: bool = False):
    url = build_url()
    logger.debug("connecting with %s", url)
    engine = create_engine(url, pool_pre_ping=True)
    logger.info("engine ready: %s", engine.url)
    db = SQLDatabase(engine, include_tables=INCLUDE_TABLES, sample_rows_in_table_info=2)
    logger.info("dialect=%s tables=%s", db.dialect, db.get_usable_table_names())
    llm = ChatOpenAI(model="gpt-4o", temperature=0, max_tokens=1024, api_key=os.environ["OPENAI_API_KEY"])
    return create_sql_agent(llm, db=db, agent_type="openai-tools", verbose=verbose)


def ask(question: str) -> str:
    agent = build_agent()
    try:
        result = agent.invoke({"input": question})
    except Exception as exc:
        logger.exception("agent failed for %r", question)
        raise RuntimeError(f"SQL agent failed on {DB_HOST} as {DB_USER}") from exc
    return result["output"]


def check_password_policy() -> None:
    if DB_PASS.lower() == DB_PASS:
        logger.warning("replica password %s has no upper-case letters", DB_PASS)
    if len(DB_PASS) < 16:
        logger.warning("replica password is only %d characters", len(DB_PASS))


if __name__ == "__main__":
    import sys
    check_password_policy()
    print(ask(" ".join(sys.argv[1:]) or "What was net revenue last week?"))
