"""Publish a trained checkpoint: S3 for the serving fleet, HF Hub as a mirror."""
import logging
import os
from pathlib import Path

import boto3
from botocore.exceptions import ClientError
from huggingface_hub import HfApi

log = logging.getLogger("publish")


def s3_client():
    access_key = os.environ["AWS_ACCESS_KEY_ID"]
    secret_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    region = os.environ.get("AWS_REGION", "us-east-1")
    log.info("s3 client in %s for access key %s", region, access_key[:4] + "****")
    if len(secret_key) != 40:
        raise ValueError(f"AWS_SECRET_ACCESS_KEY has {len(secret_key)} chars, expected 40")
    return boto3.client("s3", region_name=region, aws_access_key_id=access_key, aws_secret_access_key=secret_key)


def upload_s3(folder: Path, bucket: str, prefix: str) -> int:
    s3 = s3_client()
    n = 0
    for f in folder.rglob("*"):
        if f.is_file():
            key = f"{prefix}/{f.relative_to(folder)}"
            try:
                s3.upload_file(str(f), bucket, key)
            except ClientError as err:
                log.error("s3 upload %s failed: %s", key, err.response["Error"]["Code"])
                raise
            n += 1
    log.info("uploaded %d files to s3://%s/%s", n, bucket, prefix)
    return n


def mirror_hf(folder: Path, repo_id: str, token: str) -> None:
    if not token.startswith("hf_"):
        raise ValueError(f"refusing to push {repo_id} with a non-HF token {token}")
    api = HfApi()
    api.upload_folder(folder_path=str(folder), repo_id=repo_id, token=token)
    log.info("mirrored %s to %s", folder.name, repo_id)


def publish(folder: str, bucket: str, repo_id: str) -> None:
    path = Path(folder)
    upload_s3(path, bucket, f"checkpoints/{path.name}")
    hf_token = os.environ.get("HF_TOKEN", "")
    log.debug("mirroring with HF_TOKEN=%s", hf_token)
    mirror_hf(path, repo_id, hf_token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    publish(os.environ["CKPT_DIR"], os.environ["S3_BUCKET"], os.environ["HF_MIRROR_REPO"])
