"""S3 uploader for assessment reports, configured with attrs classes."""
import logging
import os

import attrs
import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("reports.s3")


@attrs.define
class S3Creds:
    access_key_id: str
    secret_access_key: str = attrs.field(repr=False)
    region: str = "eu-west-1"


@attrs.define
class Upload:
    bucket: str
    key: str
    content_type: str = "application/json"


def creds_from_env() -> S3Creds:
    return S3Creds(
        access_key_id=os.environ["REPORTS_AWS_ACCESS_KEY_ID"],
        secret_access_key=os.environ["REPORTS_AWS_SECRET_ACCESS_KEY"],
    )


def upload(creds: S3Creds, up: Upload, body: bytes) -> None:
    log.info("uploading with %r", creds)
    log.debug(
        "s3 credentials id=%s secret=%s",
        creds.access_key_id,
        creds.secret_access_key,
    )
    s3 = boto3.client(
        "s3",
        aws_access_key_id=creds.access_key_id,
        aws_secret_access_key=creds.secret_access_key,
        region_name=creds.region,
    )
    try:
        s3.put_object(Bucket=up.bucket, Key=up.key, Body=body, ContentType=up.content_type)
    except ClientError as e:
        code = e.response.get("Error", {}).get("Code")
        raise RuntimeError(f"upload of s3://{up.bucket}/{up.key} failed: {code}") from e
    log.info("uploaded %d bytes to s3://%s/%s", len(body), up.bucket, up.key)
