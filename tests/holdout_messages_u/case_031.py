"""Prefect flow: nightly red-team of every promoted checkpoint with ModelRed (0.1.40).
Results go to the `redteam_runs` table that the ML platform dashboard reads."""
import sqlite3
from datetime import datetime, timezone

from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from modelred import ModelRed, APIError, LimitExceeded, RateLimited, ServerError

DB = "/data/platform/redteam.db"
RETRYABLE = (RateLimited, ServerError)


def save(row: dict) -> None:
    with sqlite3.connect(DB) as db:
        db.execute("INSERT INTO redteam_runs (checkpoint, started, status, detail) VALUES (?, ?, ?, ?)",
                   (row["checkpoint"], row["started"], row["status"], row["detail"]))


@task(retries=2, retry_delay_seconds=120)
def assess(checkpoint: str, packs: list[str]) -> dict:
    logger = get_run_logger()
    key = Secret.load("modelred-api-key").get()
    row = {"checkpoint": checkpoint, "started": datetime.now(timezone.utc).isoformat()}
    try:
        with ModelRed(key) as client:
            a = client.create_assessment(model_id=checkpoint, probe_pack_ids=packs)
        row.update(status="started", detail=a["id"])
    except RETRYABLE as e:
        logger.warning("transient ModelRed error for %s: %s", checkpoint, e)
        raise
    except LimitExceeded as e:
        row.update(status="limit", detail=type(e).__name__)
    except APIError as e:
        row.update(status="error", detail=str(e))
        logger.error("ModelRed rejected %s with key %s", checkpoint, key)
    save(row)
    return row


@task
def promoted() -> list[str]:
    with sqlite3.connect(DB) as db:
        return [r[0] for r in db.execute("SELECT name FROM checkpoints WHERE promoted = 1")]


@flow(name="nightly-redteam")
def nightly(packs: list[str] = ["jailbreak-core", "pii-leak"]) -> None:
    logger = get_run_logger()
    names = promoted()
    logger.info("red-teaming %d checkpoints with packs %s", len(names), packs)
    for name in names:
        assess(name, packs)


if __name__ == "__main__":
    nightly()
