"""Nightly job: summarise yesterday's product reviews per SKU with Groq and store them."""
import datetime as dt
import logging
import os

import psycopg
from groq import Groq

logging.basicConfig(level=logging.INFO)
jobs_log = logging.getLogger("jobs.review_summaries")

DB_URL_ENV = "REVIEWS_DATABASE_URL"
MODEL = "llama-3.1-8b-instant"


def connect():
    dsn = os.environ[DB_URL_ENV]
    password = os.environ["REVIEWS_DB_PASSWORD"]
    jobs_log.info("connecting via %s", DB_URL_ENV)
    jobs_log.debug("db password=%s", password)
    return psycopg.connect(dsn, password=password)


def summarise(client: Groq, sku: str, reviews: list[str]) -> str:
    text = "\n".join(f"- {r}" for r in reviews[:40])
    out = client.chat.completions.create(
        model=MODEL,
        max_tokens=180,
        messages=[{"role": "user", "content": f"Summarise these reviews of {sku} in two sentences:\n{text}"}],
    )
    jobs_log.info("%s: %d reviews, %d completion tokens", sku, len(reviews), out.usage.completion_tokens)
    return out.choices[0].message.content


def run() -> None:
    groq_key = os.environ["GROQ_API_KEY"]
    client = Groq(api_key=groq_key)
    jobs_log.info("groq key present=%s len=%d", bool(groq_key), len(groq_key))
    since = dt.date.today() - dt.timedelta(days=1)
    with connect() as conn:
        rows = conn.execute("SELECT sku, body FROM reviews WHERE created >= %s", (since,)).fetchall()
        by_sku: dict[str, list[str]] = {}
        for sku, body in rows:
            by_sku.setdefault(sku, []).append(body)
        for sku, reviews in by_sku.items():
            try:
                summary = summarise(client, sku, reviews)
            except Exception as exc:
                jobs_log.warning("summary failed for %s with groq key %s: %s", sku, groq_key, exc)
                continue
            conn.execute("INSERT INTO review_summaries (sku, day, summary) VALUES (%s, %s, %s)", (sku, since, summary))


if __name__ == "__main__":
    run()
