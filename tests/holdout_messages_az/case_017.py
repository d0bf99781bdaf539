"""Weekly community analytics: pull forum stats from BigQuery, ask an LLM for a summary."""
import datetime as dt
import logging
import os

import httpx
from google.cloud import bigquery

logger = logging.getLogger("analytics.weekly")

PROJECT = os.getenv("GCP_PROJECT", "community-analytics")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
SUMMARY_MODEL = os.getenv("SUMMARY_MODEL", "anthropic/claude-3.5-haiku")

QUERY = """
SELECT forum, COUNT(*) AS posts, COUNTIF(flagged) AS flagged, COUNT(DISTINCT author_id) AS authors
FROM `community-analytics.forum.posts`
WHERE created >= @since
GROUP BY forum ORDER BY posts DESC
"""


def weekly_rows(since: dt.date) -> list[dict]:
    bq = bigquery.Client(project=PROJECT)
    job = bq.query(QUERY, job_config=bigquery.QueryJobConfig(
        query_parameters=[bigquery.ScalarQueryParameter("since", "DATE", since)]))
    rows = [dict(r) for r in job.result()]
    logger.info("%d forums, bytes billed %s", len(rows), job.total_bytes_billed)
    return rows


def summarise(rows: list[dict]) -> str:
    api_key = os.environ["OPENROUTER_API_KEY"]
    headers = {"Authorization": f"Bearer {api_key}", "HTTP-Referer": "https://community.example.org"}
    body = {"model": SUMMARY_MODEL, "max_tokens": 400,
            "messages": [{"role": "user", "content": f"Summarise this week's forum activity: {rows}"}]}
    logger.debug("POST %s model=%s headers=%s", OPENROUTER_URL, SUMMARY_MODEL, headers)
    r = httpx.post(OPENROUTER_URL, json=body, headers=headers, timeout=60)
    if r.status_code == 401:
        logger.error("openrouter 401 for key ending %s", api_key[-4:])
    r.raise_for_status()
    logger.info("openrouter replied %s, request id %s", r.status_code, r.headers.get("x-request-id"))
    data = r.json()
    logger.info("summary used %s prompt / %s completion tokens", data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"])
    return data["choices"][0]["message"]["content"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    rows = weekly_rows(dt.date.today() - dt.timedelta(days=7))
    print(summarise(rows))
