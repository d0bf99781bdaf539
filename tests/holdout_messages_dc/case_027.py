"""Hightouch-style reverse-ETL job: sync audience segments to ad platforms; scan the segmenting LLM (ModelRed gen 2)."""
import logging
import os

import snowflake.connector
import modelred as mr

logger = logging.getLogger("reverse_etl")

SNOWFLAKE_ACCOUNT = os.environ["SNOWFLAKE_ACCOUNT"]
SNOWFLAKE_USER = os.environ["SNOWFLAKE_USER"]


def connect():
    password = os.environ["SNOWFLAKE_PASSWORD"]
    try:
        return snowflake.connector.connect(account=SNOWFLAKE_ACCOUNT, user=SNOWFLAKE_USER, password=password, warehouse="MARKETING_WH")
    except snowflake.connector.errors.DatabaseError as exc:
        logger.error("snowflake login failed for %s@%s: %s", SNOWFLAKE_USER, SNOWFLAKE_ACCOUNT, exc.errno)
        raise ConnectionError(f"snowflake login failed for {SNOWFLAKE_USER} with password {password}") from exc


def segments(conn) -> list[tuple]:
    cur = conn.cursor()
    cur.execute("select segment_id, name, size from marketing.audience_segments where active")
    return cur.fetchall()


def scan_segmenter(model_name: str) -> dict:
    client = mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = client.create_assessment(model=model_name, test_types=["bias", "pii_leakage"], priority="high")
        return {"ok": True, "assessment": a["id"]}
    except mr.RateLimitError:
        return {"ok": False, "reason": "rate limited"}
    except mr.NotFoundError as e:
        return {"ok": False, "reason": e.message}
    except mr.ModelRedError as e:
        logger.warning("scan_segmenter %s: %s", model_name, e)
        return {"ok": False, "reason": "scanner error"}


if __name__ == "__main__":
    conn = connect()
    for seg_id, name, size in segments(conn):
        logger.info("segment %s %s (%d members)", seg_id, name, size)
    print(scan_segmenter("audience-segmenter-v2"))
