"""Milvus bulk import from MinIO-staged parquet files, then a ModelRed regression run."""
import asyncio
import logging
import os

from minio import Minio
from pymilvus import connections
from pymilvus.bulk_writer import bulk_import
import modelred

log = logging.getLogger("milvus_bulk")

MINIO_ENDPOINT = os.getenv("MINIO_ENDPOINT", "minio.internal:9000")
BUCKET = "milvus-bulk"


def stage_files(paths: list[str]) -> list[str]:
    secret_key = os.environ["MINIO_SECRET_KEY"]
    mc = Minio(MINIO_ENDPOINT, access_key=os.environ["MINIO_ACCESS_KEY"], secret_key=secret_key, secure=False)
    if not mc.bucket_exists(BUCKET):
        log.warning("bucket %s missing on %s (secret %s)", BUCKET, MINIO_ENDPOINT, secret_key)
        mc.make_bucket(BUCKET)
    staged = []
    for p in paths:
        obj = os.path.basename(p)
        mc.fput_object(BUCKET, obj, p)
        staged.append(obj)
    log.info("staged %d files to %s/%s", len(staged), MINIO_ENDPOINT, BUCKET)
    return staged


def run_import(collection: str, files: list[str]) -> str:
    connections.connect(uri=os.environ["MILVUS_URI"], token=os.environ["MILVUS_TOKEN"])
    job = bulk_import(url=os.environ["MILVUS_URI"], collection_name=collection, files=[files])
    job_id = job.json()["data"]["jobId"]
    log.info("bulk import job %s for %s (%d files)", job_id, collection, len(files))
    return job_id


async def regression(model_id: str) -> dict:
    client = modelred.AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = await client.create_assessment(model=model_id, test_types=["data_leakage"], priority="low")
        return await client.wait_for_completion(a["id"])
    except modelred.NotFoundError:
        return {"error": f"model {model_id} unknown to ModelRed"}
    except modelred.ModelRedError as e:
        log.exception("regression failed")
        raise RuntimeError("regression run failed: " + str(e)) from e


if __name__ == "__main__":
    files = stage_files(["out/chunks-000.parquet", "out/chunks-001.parquet"])
    print(run_import("chunks", files))
    print(asyncio.run(regression("kb-rag")))
