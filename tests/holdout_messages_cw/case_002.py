"""TaskFlow DAG: summarise yesterday's support tickets with OpenAI."""
import json
import logging
from datetime import datetime, timedelta

import requests
from airflow.decorators import dag, task
from airflow.exceptions import AirflowFailException
from airflow.models import Variable

log = logging.getLogger("airflow.task")

OPENAI_VAR = "openai_api_key"
MODEL = "gpt-4o-mini"
MAX_TOKENS = 400


@dag(
    schedule="0 6 * * *",
    start_date=datetime(2024, 3, 1),
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["llm", "support"],
)
def ticket_digest():
    @task
    def load_tickets(ds=None) -> list:
        with open(f"/data/tickets/{ds}.json") as fh:
            return json.load(fh)

    @task
    def summarise(tickets: list) -> str:
        api_key = Variable.get(OPENAI_VAR)
        log.info("Loaded Airflow Variable %s (%d chars)", OPENAI_VAR, len(api_key))
        log.debug("Authorization header value: Bearer %s", api_key)
        body = {
            "model": MODEL,
            "max_tokens": MAX_TOKENS,
            "messages": [{"role": "user", "content": "Summarise:\n" + "\n".join(t["text"] for t in tickets)}],
        }
        resp = requests.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {api_key}"},
            json=body,
            timeout=60,
        )
        if resp.status_code == 401:
            raise AirflowFailException(f"OpenAI rejected key {api_key}; rotate the Variable")
        if resp.status_code >= 400:
            raise AirflowFailException(f"OpenAI error {resp.status_code}: {resp.text}")
        data = resp.json()
        log.info("openai request id %s", resp.headers.get("x-request-id"))
        log.info("tokens used: %s (max_tokens=%s)", data["usage"]["total_tokens"], MAX_TOKENS)
        return data["choices"][0]["message"]["content"]

    @task
    def publish(summary: str) -> None:
        print(summary)

    publish(summarise(load_tickets()))


ticket_digest()
