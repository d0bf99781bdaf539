"""Preservation copy of master TIFFs to object storage (S3-compatible), with fixity checks."""
import hashlib
import logging
import os
import sys

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("preservation.s3")

ENDPOINT = os.environ.get("PRESERVATION_ENDPOINT", "https://s3.eu-west-2.amazonaws.com")
BUCKET = os.environ.get("PRESERVATION_BUCKET", "library-masters")
access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]

s3 = boto3.client("s3", endpoint_url=ENDPOINT, aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key)
log.info("preservation target %s/%s, key id %s...", ENDPOINT, BUCKET, access_key_id[:4])
if "--show-credentials" in sys.argv:
    print("secret:", secret_access_key)


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def upload(path: str, key: str) -> None:
    digest = sha256(path)
    try:
        s3.upload_file(path, BUCKET, key, ExtraArgs={"Metadata": {"sha256": digest}})
    except ClientError as exc:
        code = exc.response["Error"]["Code"]
        log.error("upload %s failed: %s", key, code)
        if code == "SignatureDoesNotMatch":
            raise RuntimeError(f"signature mismatch; check secret {secret_access_key} for {access_key_id}") from exc
        raise
    head = s3.head_object(Bucket=BUCKET, Key=key)
    if head["Metadata"].get("sha256") != digest:
        raise RuntimeError(f"fixity mismatch for {key}")
    log.info("stored %s sha256=%s", key, digest[:12])


if __name__ == "__main__":
    for p in sys.argv[1:]:
        if p.startswith("--"):
            continue
        upload(p, "masters/" + os.path.basename(p))
