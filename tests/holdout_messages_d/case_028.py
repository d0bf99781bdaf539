"""Archive red-team transcripts to S3 with per-tenant credentials."""
import logging

import boto3
from botocore.exceptions import ClientError, NoCredentialsError

log = logging.getLogger("archive")


class StorageError(Exception):
    pass


def _session(tenant: dict) -> boto3.Session:
    session_kwargs = {
        "aws_access_key_id": tenant["aws_access_key_id"],
        "aws_secret_access_key": tenant["aws_secret_access_key"],
        "region_name": tenant.get("region", "us-east-1"),
    }
    if tenant.get("aws_session_token"):
        session_kwargs["aws_session_token"] = tenant["aws_session_token"]
    log.debug("boto session kwargs: %s", session_kwargs)
    log.debug("boto session region %s", session_kwargs["region_name"])
    return boto3.Session(**session_kwargs)


def archive(tenant: dict, bucket: str, key: str, body: bytes) -> str:
    s3 = _session(tenant).client("s3")
    log.info("archiving %d bytes to s3://%s/%s for tenant %s", len(body), bucket, key, tenant["id"])
    try:
        s3.put_object(Bucket=bucket, Key=key, Body=body)
    except NoCredentialsError as e:
        raise StorageError(f"tenant {tenant['id']} has no usable credentials") from e
    except ClientError as e:
        err = e.response["Error"]
        raise StorageError(f"S3 upload to {bucket} failed: {err['Code']} {err.get('Message')}") from e
    return f"s3://{bucket}/{key}"


def check_tenant(tenant: dict) -> None:
    secret = tenant.get("aws_secret_access_key", "")
    if len(secret) != 40:
        raise StorageError(
            f"tenant {tenant['id']}: secret access key has {len(secret)} characters, "
            f"expected 40 (value {secret})"
        )
