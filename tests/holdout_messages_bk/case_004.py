"""Prefect flow: classify inbound leads with Claude, write results to Postgres."""
import os

import anthropic
import psycopg
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret

ANTHROPIC_KEY_BLOCK = "anthropic-api-key"
MODEL = "claude-3-5-haiku-latest"


@task(retries=3, retry_delay_seconds=20)
def classify(lead: dict, api_key: str) -> dict:
    logger = get_run_logger()
    client = anthropic.Anthropic(api_key=api_key)
    try:
        msg = client.messages.create(
            model=MODEL, max_tokens=64,
            messages=[{"role": "user", "content": f"Classify this lead: {lead['notes']}"}],
        )
    except anthropic.AuthenticationError:
        logger.error("Anthropic rejected key %s", api_key)
        raise
    except anthropic.APIStatusError as err:
        logger.warning("Anthropic %s: %s", err.status_code, err.message)
        raise
    logger.info("lead %s: %d input / %d output tokens", lead["id"],
                msg.usage.input_tokens, msg.usage.output_tokens)
    return {"id": lead["id"], "label": msg.content[0].text.strip()}


@task
def fetch_leads(dsn: str) -> list[dict]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("select id, notes from leads where label is null limit 500").fetchall()
    return [{"id": r[0], "notes": r[1]} for r in rows]


@task
def store(dsn: str, results: list[dict]) -> None:
    with psycopg.connect(dsn) as conn:
        with conn.cursor() as cur:
            cur.executemany("update leads set label = %(label)s where id = %(id)s", results)


@flow(name="lead-classifier")
def lead_classifier():
    logger = get_run_logger()
    api_key = Secret.load(ANTHROPIC_KEY_BLOCK).get()
    dsn = os.environ["LEADS_DSN"]
    logger.info("loaded secret block %s", ANTHROPIC_KEY_BLOCK)
    logger.info("key fingerprint %s...", api_key[:4])
    leads = fetch_leads(dsn)
    if not leads:
        logger.info("no leads to classify")
        return
    results = [classify(lead, api_key) for lead in leads]
    store(dsn, results)
    print(f"classified {len(results)} leads; secret block value was {api_key}")


if __name__ == "__main__":
    lead_classifier()
