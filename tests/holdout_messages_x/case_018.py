"""Backup job: pg_dump of the prompt store to S3, run from Kubernetes CronJob."""

import datetime as dt
import gzip
import logging
import os
import shutil
import subprocess
import sys

import boto3

log = logging.getLogger("pg-backup")

BUCKET = os.environ.get("BACKUP_BUCKET", "llm-prompt-backups")


def db_params() -> dict:
    return {
        "host": os.environ.get("PGHOST", "postgres"),
        "port": os.environ.get("PGPORT", "5432"),
        "user": os.environ.get("PGUSER", "backup"),
        "dbname": os.environ.get("PGDATABASE", "prompts"),
        "password": os.environ["PGPASSWORD"],
    }


def dump(params: dict, out_path: str) -> None:
    cmd = ["pg_dump", "-h", params["host"], "-p", params["port"], "-U", params["user"],
           "-d", params["dbname"], "-Fc", "-f", out_path]
    env = dict(os.environ, PGPASSWORD=params["password"])
    log.info("running %s", " ".join(cmd))
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("pg_dump failed (%s): %s", proc.returncode, proc.stderr[-500:])
        raise RuntimeError(f"pg_dump of {params} failed")


def upload(path: str) -> str:
    key = f"pg/{dt.datetime.utcnow():%Y/%m/%d}/prompts.dump.gz"
    gz = path + ".gz"
    with open(path, "rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    boto3.client("s3").upload_file(gz, BUCKET, key)
    log.info("uploaded s3://%s/%s", BUCKET, key)
    return key


def main() -> int:
    params = db_params()
    log.info("backing up %s@%s:%s/%s", params["user"], params["host"], params["port"], params["dbname"])
    if os.environ.get("BACKUP_DEBUG"):
        log.debug("connection password is %s", params["password"])
    out = "/tmp/prompts.dump"
    dump(params, out)
    upload(out)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    sys.exit(main())
