"""Redshift loader: nightly red-team report of pipeline LLMs (ModelRed generation 3, async)."""
import asyncio
import logging
import os

import boto3
import redshift_connector
from modelred import AsyncModelRed, LimitExceeded, ModelRedError, NotAllowedForApiKey

log = logging.getLogger("redshift_redteam")


def secret_from_manager(secret_id: str) -> str:
    sm = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    return sm.get_secret_value(SecretId=secret_id)["SecretString"]


async def fetch_results(api_key: str, model_ids: list[str]) -> list[dict]:
    rows = []
    async with AsyncModelRed(api_key, timeout=60.0) as client:
        for model_id in model_ids:
            try:
                page = await client.list_assessments(model_id=model_id, limit=20)
            except NotAllowedForApiKey as exc:
                log.error("key %s may not list assessments: %s", api_key, exc)
                continue
            except LimitExceeded as exc:
                log.warning("limit exceeded for %s (retry after %s)", model_id, exc.retry_after)
                break
            except ModelRedError:
                log.exception("listing assessments for %s failed", model_id)
                continue
            for item in page["data"]:
                rows.append({"model_id": model_id, "assessment_id": item["id"],
                             "score": item.get("score"), "status": item["status"]})
    return rows


def load(rows: list[dict]) -> None:
    password = secret_from_manager("redshift/etl_loader")
    host = os.environ["REDSHIFT_HOST"]
    log.info("loading %d rows into %s as etl_loader", len(rows), host)
    conn = redshift_connector.connect(host=host, database="analytics", user="etl_loader",
                                      password=password)
    with conn.cursor() as cur:
        cur.executemany("insert into security.redteam_results values (%s, %s, %s, %s)",
                        [(r["model_id"], r["assessment_id"], r["score"], r["status"]) for r in rows])
    conn.commit()
    log.debug("redshift password %s used for load", password)


def main() -> None:
    api_key = secret_from_manager("modelred/prod/api-key")
    models = os.environ.get("PIPELINE_MODELS", "summariser,classifier").split(",")
    log.info("checking %s (secret id modelred/prod/api-key)", models)
    rows = asyncio.run(fetch_results(api_key, models))
    load(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
