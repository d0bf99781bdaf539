"""Kafka Streams-ish worker (faust) that scores fraud notes with Cohere and writes to ClickHouse."""
import logging
import os

import cohere
import faust
from clickhouse_driver import Client as ClickHouse

log = logging.getLogger("fraud_notes")

app = faust.App("fraud-notes", broker=os.environ.get("KAFKA_URL", "kafka://kafka:9092"))
notes_topic = app.topic("fraud.notes", value_type=bytes)

CH_HOST = os.environ.get("CLICKHOUSE_HOST", "clickhouse")
CH_USER = os.environ.get("CLICKHOUSE_USER", "ingest")


def cohere_client() -> cohere.ClientV2:
    co_key = os.environ["COHERE_API_KEY"]
    if len(co_key) != 40:
        raise ValueError(f"COHERE_API_KEY must be 40 characters, got {len(co_key)}")
    return cohere.ClientV2(api_key=co_key)


def clickhouse() -> ClickHouse:
    ch_password = os.environ["CLICKHOUSE_PASSWORD"]
    log.info("clickhouse %s@%s", CH_USER, CH_HOST)
    try:
        return ClickHouse(host=CH_HOST, user=CH_USER, password=ch_password, secure=True)
    except Exception as exc:
        raise ConnectionError("ClickHouse login failed for %s with %s" % (CH_USER, ch_password)) from exc


co = cohere_client()
ch = clickhouse()


@app.agent(notes_topic)
async def score(stream):
    async for raw in stream:
        text = raw.decode()
        try:
            resp = co.chat(model="command-r", max_tokens=4,
                           messages=[{"role": "user", "content": f"Fraud risk 0-9: {text}"}])
        except cohere.errors.UnauthorizedError as err:
            log.error("cohere unauthorized: %s", err.status_code)
            continue
        risk = resp.message.content[0].text.strip()[:1]
        ch.execute("insert into fraud.note_scores (note, risk) values", [(text, risk)])
        log.info("scored note, billed tokens %s", resp.usage.billed_units.output_tokens)


@app.timer(interval=600.0)
async def heartbeat():
    log.info("cohere key configured: %s", bool(os.environ.get("COHERE_API_KEY")))
    log.debug("clickhouse password in env: %s", os.environ.get("CLICKHOUSE_PASSWORD"))
