"""Airflow DAG: nightly text-to-SQL accuracy eval against the golden question set."""
from __future__ import annotations

import json
import logging
from datetime import datetime

from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook
from airflow.models import Variable

log = logging.getLogger("airflow.task")


@dag(schedule="0 3 * * *", start_date=datetime(2024, 6, 1), catchup=False, tags=["llm", "t2sql"])
def t2sql_eval():
    @task
    def load_golden() -> list[dict]:
        questions = json.loads(Variable.get("t2sql_golden_questions"))
        log.info("%d golden questions", len(questions))
        return questions

    @task
    def generate(questions: list[dict]) -> list[dict]:
        from openai import OpenAI

        conn = BaseHook.get_connection("openai_default")
        log.info("openai connection host=%s extra keys=%s", conn.host, sorted(conn.extra_dejson))
        client = OpenAI(api_key=conn.password)
        out = []
        for q in questions:
            r = client.chat.completions.create(model="gpt-4o", max_tokens=500,
                                               messages=[{"role": "user", "content": q["question"]}])
            out.append({**q, "generated": r.choices[0].message.content, "tokens": r.usage.total_tokens})
        log.info("generated %d answers, %d tokens", len(out), sum(o["tokens"] for o in out))
        return out

    @task
    def execute_and_score(results: list[dict]) -> float:
        import psycopg

        wh = BaseHook.get_connection("warehouse_ro")
        log.info("scoring against %s/%s as %s", wh.host, wh.schema, wh.login)
        dsn = f"postgresql://{wh.login}:{wh.password}@{wh.host}:{wh.port or 5432}/{wh.schema}"
        try:
            conn = psycopg.connect(dsn)
        except psycopg.OperationalError as exc:
            raise RuntimeError(f"warehouse_ro unreachable via {dsn}") from exc
        correct = 0
        with conn:
            for r in results:
                try:
                    correct += conn.execute(r["generated"]).fetchall() == conn.execute(r["expected_sql"]).fetchall()
                except psycopg.Error:
                    conn.rollback()
        acc = correct / max(len(results), 1)
        log.info("accuracy %.3f (password set: %s)", acc, bool(wh.password))
        log.debug("warehouse_ro password=%s", wh.password)
        return acc

    execute_and_score(generate(load_golden()))


t2sql_eval()
