"""Airflow TaskFlow DAG: embed docs for RAG into pgvector using Azure OpenAI."""
from __future__ import annotations

import logging
import os

import pendulum
from airflow.decorators import dag, task
from airflow.exceptions import AirflowFailException
from airflow.providers.postgres.hooks.postgres import PostgresHook
from openai import AzureOpenAI

task_log = logging.getLogger("airflow.task")
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://acme-eu.openai.azure.com")
DEPLOYMENT = "text-embedding-3-large"


@dag(schedule="0 3 * * *", start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), catchup=False,
     tags=["rag", "embeddings"])
def rag_embeddings():
    @task
    def extract() -> list[dict]:
        hook = PostgresHook(postgres_conn_id="docs_db")
        rows = hook.get_records("select id, body from docs where embedded_at is null limit 200")
        return [{"id": r[0], "body": r[1]} for r in rows]

    @task
    def embed(docs: list[dict]) -> list[dict]:
        azure_key = os.environ["AZURE_OPENAI_API_KEY"]
        task_log.info("Azure endpoint %s deployment %s", AZURE_ENDPOINT, DEPLOYMENT)
        client = AzureOpenAI(api_key=azure_key, azure_endpoint=AZURE_ENDPOINT, api_version="2024-06-01")
        try:
            resp = client.embeddings.create(model=DEPLOYMENT, input=[d["body"] for d in docs])
        except Exception as exc:
            raise AirflowFailException("Azure embedding failed using api-key " + azure_key) from exc
        task_log.info("embedded %d docs, %d tokens", len(docs), resp.usage.total_tokens)
        return [{"id": d["id"], "vec": e.embedding} for d, e in zip(docs, resp.data)]

    @task
    def load(vectors: list[dict]) -> None:
        hook = PostgresHook(postgres_conn_id="docs_db")
        conn = hook.get_connection("docs_db")
        task_log.info("loading into %s/%s as %s", conn.host, conn.schema, conn.login)
        if conn.password and " " in conn.password:
            task_log.warning("docs_db password %r contains spaces", conn.password)
        hook.insert_rows("doc_vectors", [(v["id"], v["vec"]) for v in vectors],
                         target_fields=["doc_id", "embedding"])

    load(embed(extract()))


rag_embeddings()
