"""Custom litellm logger that persists spend per virtual key to Postgres."""
import hashlib
import logging
import os

import psycopg
from litellm.integrations.custom_logger import CustomLogger

log = logging.getLogger("spend")

DB_URL_ENV = "SPEND_DATABASE_URL"


def key_fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:12]


class SpendLogger(CustomLogger):
    def __init__(self):
        super().__init__()
        self.db_password = os.environ["SPEND_DB_PASSWORD"]
        self.conn = psycopg.connect(host="spend-db", user="spend", password=self.db_password, dbname="spend")

    async def async_log_success_event(self, kwargs, response_obj, start_time, end_time):
        meta = kwargs.get("litellm_params", {}).get("metadata", {}) or {}
        vkey = meta.get("user_api_key") or ""
        fp = key_fingerprint(vkey) if vkey else "anon"
        cost = kwargs.get("response_cost") or 0.0
        log.info("spend fp=%s team=%s cost=%.6f", fp, meta.get("user_api_key_team_id"), cost)
        with self.conn.cursor() as cur:
            cur.execute("INSERT INTO spend(fp, cost, tokens) VALUES (%s, %s, %s)",
                        (fp, cost, response_obj.usage.total_tokens))
        self.conn.commit()

    async def async_log_failure_event(self, kwargs, response_obj, start_time, end_time):
        meta = kwargs.get("litellm_params", {}).get("metadata", {}) or {}
        vkey = meta.get("user_api_key")
        log.warning("failed call for virtual key %s model=%s", vkey, kwargs.get("model"))

    def reconnect(self) -> None:
        try:
            self.conn = psycopg.connect(host="spend-db", user="spend", password=self.db_password, dbname="spend")
        except psycopg.OperationalError as exc:
            log.error("spend db reconnect failed: %s", exc)
            raise ConnectionError(f"cannot reach spend-db as spend/{self.db_password}") from exc


def check_env() -> None:
    if not os.getenv("SPEND_DB_PASSWORD"):
        log.error("SPEND_DB_PASSWORD missing; set %s too", DB_URL_ENV)
