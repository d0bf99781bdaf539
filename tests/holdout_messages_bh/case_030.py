"""Agent QA scoring: grades agent replies with Claude, stores scores, alerts on low CSAT risk."""
import logging
import os

import psycopg
from anthropic import Anthropic, APIStatusError

log = logging.getLogger("qa.grader")

DB_DSN = os.environ["QA_DATABASE_URL"]
DB_PASSWORD = os.environ.get("QA_DB_PASSWORD")
anthropic_key = os.environ["ANTHROPIC_API_KEY"]
claude = Anthropic(api_key=anthropic_key)
RUBRIC_TOKENS = 150


def grade(reply_text: str) -> int:
    try:
        m = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=RUBRIC_TOKENS, messages=[{"role": "user", "content": f"Score 1-5 this support reply:\n{reply_text}"}])
    except APIStatusError as e:
        log.error("anthropic %s: %s", e.status_code, e.message)
        return 0
    log.debug("grade used %s/%s tokens", m.usage.output_tokens, RUBRIC_TOKENS)
    return int(m.content[0].text.strip()[0])


def store(conn, reply_id: int, score: int) -> None:
    with conn.cursor() as cur:
        cur.execute("INSERT INTO qa_scores (reply_id, score) VALUES (%s, %s)", (reply_id, score))


def run(batch: list[tuple[int, str]]) -> None:
    try:
        conn = psycopg.connect(DB_DSN, password=DB_PASSWORD)
    except psycopg.OperationalError as exc:
        log.error("db connect failed (%s); password=%s", exc.sqlstate, DB_PASSWORD)
        raise
    with conn:
        for rid, text in batch:
            s = grade(text)
            store(conn, rid, s)
            if s and s <= 2:
                log.warning("reply %s scored %s, flagging for coaching", rid, s)
    log.info("graded %d replies", len(batch))


def self_check() -> None:
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError(f"ANTHROPIC_API_KEY has wrong prefix: {anthropic_key[:4]}")
    if DB_PASSWORD == "":
        raise ValueError(f"QA_DB_PASSWORD set but empty: {DB_PASSWORD!r}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    self_check()
    run([(1, "Thanks, refund issued.")])
