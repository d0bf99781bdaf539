"""Nightly ETL: pull finished assessments and store them in Postgres."""
import json
import os

import psycopg2
import redis

from modelred.client import ModelRedClient

PG = psycopg2.connect(
    host="db.internal",
    dbname="redteam",
    user="etl",
    password="b5IoTKT1RanTOIkkB3wqdySf",
)
CACHE = redis.Redis(host="cache.internal", port=6379, password="redis")


def read_key(path: str = "/etc/modelred/api_key") -> str:
    with open(path) as fh:
        return fh.read().strip()


def client() -> ModelRedClient:
    key = os.getenv("MODELRED_API_KEY", "mr_TEq67cZpeqbAJCO6VVCKjiAY1lwsszEAFSo5Ihll")
    return ModelRedClient(api_key=key or read_key())


def sync() -> int:
    c = client()
    n = 0
    with PG, PG.cursor() as cur:
        for a in c.assessments.list(limit=200):
            if CACHE.sismember("seen", a.id):
                continue
            cur.execute(
                "INSERT INTO assessments (id, model_id, status, results) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (id) DO NOTHING",
                (a.id, a.model_id, a.status.value, json.dumps(a.results or {})),
            )
            CACHE.sadd("seen", a.id)
            n += 1
    return n


if __name__ == "__main__":
    print(f"synced {sync()} assessments")
