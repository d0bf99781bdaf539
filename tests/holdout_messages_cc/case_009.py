"""Learning analytics: nightly export of tutor transcripts to the warehouse."""
import json
import logging
import os
import pathlib

import boto3
import psycopg2

logging.basicConfig(level=logging.INFO)
etl_log = logging.getLogger("analytics.export")

CONFIG_PATH = pathlib.Path(os.environ.get("EXPORT_CONFIG", "/etc/tutor/export.json"))


def load_config() -> dict:
    cfg = json.loads(CONFIG_PATH.read_text())
    etl_log.info("loaded config sections: %s", sorted(cfg))
    return cfg


def warehouse_conn(cfg: dict):
    db = cfg["warehouse"]
    dsn = f"host={db['host']} dbname={db['name']} user={db['user']} password={db['password']}"
    etl_log.info("connecting to %s/%s as %s", db["host"], db["name"], db["user"])
    try:
        return psycopg2.connect(dsn)
    except psycopg2.OperationalError:
        etl_log.error("connection failed using dsn %s", dsn)
        raise


def s3_client(cfg: dict):
    aws = cfg["aws"]
    secret = aws["secret_access_key"]
    etl_log.info("s3 as %s in %s", aws["access_key_id"][:4] + "****", aws.get("region"))
    if len(secret) != 40:
        raise ValueError(f"AWS secret looks malformed: {secret}")
    return boto3.client("s3", aws_access_key_id=aws["access_key_id"],
                        aws_secret_access_key=secret, region_name=aws.get("region"))


def export(day: str):
    cfg = load_config()
    conn = warehouse_conn(cfg)
    s3 = s3_client(cfg)
    with conn.cursor() as cur:
        cur.execute("select session_id, course_id, transcript from tutor_sessions where day = %s", (day,))
        rows = cur.fetchall()
    body = "\n".join(json.dumps({"session": r[0], "course": r[1], "t": r[2]}) for r in rows)
    s3.put_object(Bucket=cfg["bucket"], Key=f"transcripts/{day}.jsonl", Body=body.encode())
    etl_log.info("exported %d sessions for %s", len(rows), day)
