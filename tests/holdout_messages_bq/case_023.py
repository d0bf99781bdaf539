"""Airflow DAG: nightly embedding refresh of the knowledge base into Pinecone."""
from datetime import datetime, timedelta
import logging

from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook
from airflow.models import Variable

log = logging.getLogger("airflow.task")


@dag(schedule="0 3 * * *", start_date=datetime(2024, 1, 1), catchup=False, default_args={"retries": 2, "retry_delay": timedelta(minutes=5)})
def kb_embeddings():

    @task
    def extract() -> list[dict]:
        conn = BaseHook.get_connection("kb_postgres")
        log.info("reading from %s:%s/%s as %s", conn.host, conn.port, conn.schema, conn.login)
        if conn.password is None:
            raise ValueError(f"kb_postgres has no password (got {conn.password!r})")
        return [{"id": "kb-1", "text": "hello"}]

    @task
    def embed(rows: list[dict]) -> list[dict]:
        from openai import OpenAI
        api_key = Variable.get("openai_api_key")
        if not api_key.startswith("sk-"):
            log.warning("openai_api_key variable looks wrong: %s", api_key)
        client = OpenAI(api_key=api_key)
        resp = client.embeddings.create(model="text-embedding-3-small", input=[r["text"] for r in rows])
        log.info("embedded %d rows; %d tokens", len(rows), resp.usage.total_tokens)
        return [{"id": r["id"], "values": d.embedding} for r, d in zip(rows, resp.data)]

    @task
    def load(vectors: list[dict]):
        from pinecone import Pinecone
        pc_conn = BaseHook.get_connection("pinecone_default")
        pc = Pinecone(api_key=pc_conn.password)
        index = pc.Index(pc_conn.extra_dejson.get("index", "kb"))
        try:
            index.upsert(vectors=vectors)
        except Exception as exc:
            raise RuntimeError(f"upsert failed with pinecone key {pc_conn.password}: {exc}") from exc
        log.info("loaded %d vectors into %s", len(vectors), pc_conn.extra_dejson.get("index"))

    load(embed(extract()))


kb_embeddings()
