"""Textract OCR worker for the claims-document pipeline."""
import configparser
import logging
import time
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("ocr.textract")

CONFIG_PATH = Path("/etc/docpipe/aws.ini")
SECTION = "textract"


def session_from_config(path: Path = CONFIG_PATH) -> boto3.session.Session:
    cfg = configparser.ConfigParser()
    cfg.read(path)
    sec = cfg[SECTION]
    region = sec.get("region", "eu-west-1")
    secret = sec.get("aws_secret_access_key")
    log.info("textract region %s from %s [%s]", region, path, SECTION)
    log.debug("loaded options %s", list(sec.keys()))
    if secret and len(secret) != 40:
        log.error("aws_secret_access_key in %s has wrong length: %s", path, secret)
    return boto3.session.Session(aws_access_key_id=sec.get("aws_access_key_id"), aws_secret_access_key=secret, region_name=region)


class TextractWorker:
    def __init__(self, session: boto3.session.Session, bucket: str):
        self.textract = session.client("textract")
        self.bucket = bucket

    def run(self, key: str) -> str:
        try:
            job = self.textract.start_document_text_detection(DocumentLocation={"S3Object": {"Bucket": self.bucket, "Name": key}})
        except ClientError as exc:
            log.error("textract refused %s/%s: %s", self.bucket, key, exc.response["Error"]["Code"])
            raise
        job_id = job["JobId"]
        while True:
            res = self.textract.get_document_text_detection(JobId=job_id)
            if res["JobStatus"] in ("SUCCEEDED", "FAILED"):
                break
            time.sleep(3)
        if res["JobStatus"] == "FAILED":
            raise RuntimeError(f"textract job {job_id} failed for s3://{self.bucket}/{key}")
        lines = [b["Text"] for b in res.get("Blocks", []) if b["BlockType"] == "LINE"]
        log.info("s3://%s/%s -> %d lines", self.bucket, key, len(lines))
        return "\n".join(lines)


if __name__ == "__main__":
    w = TextractWorker(session_from_config(), "acme-claims-inbox")
    print(w.run("2026/11/claim-88231.pdf")[:500])
