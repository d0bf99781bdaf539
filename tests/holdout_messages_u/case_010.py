"""Airflow DAG: nightly LLM enrichment of new tickets using a connection for the LLM API."""
from __future__ import annotations

import logging

import pendulum
import requests
from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook

log = logging.getLogger(__name__)
CONN_ID = "llm_gateway"


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1), catchup=False, tags=["llm"])
def ticket_enrichment():
    @task
    def fetch_tickets() -> list[dict]:
        pg = BaseHook.get_connection("support_db")
        log.info("reading tickets from %s/%s", pg.host, pg.schema)
        log.info("support_db uri: %s", pg.get_uri())
        return [{"id": 1, "text": "printer on fire"}]

    @task
    def enrich(tickets: list[dict]) -> list[dict]:
        conn = BaseHook.get_connection(CONN_ID)
        base = f"https://{conn.host}"
        api_key = conn.password
        log.info("calling %s as login=%s", base, conn.login)
        out = []
        for t in tickets:
            resp = requests.post(f"{base}/v1/classify", json={"text": t["text"]},
                                 headers={"Authorization": f"Bearer {api_key}"}, timeout=30)
            if resp.status_code == 401:
                log.error("gateway refused key %s for ticket %s", api_key, t["id"])
            resp.raise_for_status()
            body = resp.json()
            log.info("ticket %s -> %s (%s tokens)", t["id"], body["label"], body["usage"]["total_tokens"])
            out.append({**t, "label": body["label"]})
        return out

    @task
    def store(rows: list[dict]) -> None:
        log.info("storing %d rows via %s", len(rows), CONN_ID)
        for r in rows:
            log.debug("row %s", r)

    store(enrich(fetch_tickets()))


ticket_enrichment()
