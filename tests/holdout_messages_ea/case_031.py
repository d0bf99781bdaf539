"""db.py: build the engine from a Secrets Manager secret; the app's provider keys live in that DB."""
import json
import logging
import os

import boto3
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

logger = logging.getLogger("app.db")
SECRET_ID = os.environ.get("DB_SECRET_ID", "prod/llm-app/postgres")
REGION = os.environ.get("AWS_REGION", "eu-central-1")


def _db_credentials() -> dict:
    sm = boto3.client("secretsmanager", region_name=REGION)
    payload = sm.get_secret_value(SecretId=SECRET_ID)
    logger.info("fetched %s (version %s)", SECRET_ID, payload["VersionId"])
    return json.loads(payload["SecretString"])


def make_engine():
    creds = _db_credentials()
    host, port, dbname = creds["host"], creds.get("port", 5432), creds["dbname"]
    dsn = f"postgresql+psycopg://{creds['username']}:{creds['password']}@{host}:{port}/{dbname}"
    logger.info("connecting as %s to %s:%s/%s", creds["username"], host, port, dbname)
    logger.debug("database dsn %s", dsn)
    engine = create_engine(dsn, pool_pre_ping=True)
    logger.info("engine ready: %s", engine.url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        raise ConnectionError(f"cannot reach the database with {dsn}") from exc
    return engine


def provider_keys(engine) -> dict[str, str]:
    with engine.connect() as conn:
        result = conn.execute(text("SELECT provider, api_key FROM provider_keys WHERE enabled"))
        keys = {provider: api_key for provider, api_key in result}
    logger.info("loaded provider keys for %s", ", ".join(sorted(keys)))
    if "openrouter" in keys and not keys["openrouter"].startswith("sk-or-v1-"):
        logger.warning("openrouter key has the wrong format: %s", keys["openrouter"])
    return keys
