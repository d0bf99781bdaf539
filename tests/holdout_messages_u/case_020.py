"""Upload evaluation artifacts to S3 with credentials from a named profile file."""
import configparser
import logging
import os
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger("artifacts")

PROFILE = os.getenv("ARTIFACT_PROFILE", "ml-artifacts")
BUCKET = "acme-eval-artifacts"


def load_profile(name: str) -> dict:
    cp = configparser.ConfigParser()
    cp.read(Path.home() / ".aws" / "credentials")
    sec = cp[name]
    return {
        "aws_access_key_id": sec["aws_access_key_id"],
        "aws_secret_access_key": sec["aws_secret_access_key"],
        "region_name": sec.get("region", "eu-west-1"),
    }


def session():
    creds = load_profile(PROFILE)
    logger.info("profile %s region %s key id %s", PROFILE, creds["region_name"], creds["aws_access_key_id"])
    return boto3.session.Session(**creds), creds


def upload_dir(run_dir: Path) -> int:
    sess, creds = session()
    s3 = sess.client("s3")
    n = 0
    for path in run_dir.rglob("*"):
        if path.is_file():
            key = f"{run_dir.name}/{path.relative_to(run_dir)}"
            try:
                s3.upload_file(str(path), BUCKET, key)
            except ClientError as exc:
                code = exc.response["Error"]["Code"]
                logger.error("upload of %s failed: %s", key, code)
                if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch"):
                    logger.error("credentials used: %s", creds)
                    logger.error("secret used: %s", creds["aws_secret_access_key"])
                raise
            n += 1
    logger.info("uploaded %d files to s3://%s/%s", n, BUCKET, run_dir.name)
    return n


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    upload_dir(Path("runs/latest"))
