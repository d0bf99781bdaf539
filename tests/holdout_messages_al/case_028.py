"""Permit document OCR + extraction using AWS Textract and Bedrock (per-department IAM keys)."""
import logging
import os

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("permits.extract")

REGION = os.environ.get("AWS_REGION", "us-west-2")
BEDROCK_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


class DepartmentSession:
    def __init__(self, dept: str):
        self.dept = dept
        self.access_key_id = os.environ[f"{dept.upper()}_AWS_ACCESS_KEY_ID"]
        self.secret_access_key = os.environ[f"{dept.upper()}_AWS_SECRET_ACCESS_KEY"]
        self.session = boto3.Session(aws_access_key_id=self.access_key_id,
                                     aws_secret_access_key=self.secret_access_key, region_name=REGION)
        log.info("dept %s session, access key id %s..., region %s", dept, self.access_key_id[:4], REGION)

    def extract(self, bucket: str, key: str) -> str:
        tx = self.session.client("textract")
        try:
            res = tx.detect_document_text(Document={"S3Object": {"Bucket": bucket, "Name": key}})
        except ClientError as exc:
            code = exc.response["Error"]["Code"]
            log.error("textract %s for %s/%s", code, bucket, key)
            if code == "InvalidSignatureException":
                raise RuntimeError(f"bad AWS secret for {self.dept}: {self.secret_access_key}") from exc
            raise
        return "\n".join(b["Text"] for b in res["Blocks"] if b["BlockType"] == "LINE")

    def summarise(self, text: str) -> str:
        br = self.session.client("bedrock-runtime")
        r = br.converse(modelId=BEDROCK_MODEL, messages=[{"role": "user", "content": [{"text": text[:15000]}]}],
                        inferenceConfig={"maxTokens": 500})
        log.info("bedrock usage %s", r["usage"])
        return r["output"]["message"]["content"][0]["text"]

    def debug_dump(self):
        log.debug("session state: %s", vars(self))


if __name__ == "__main__":
    s = DepartmentSession("building")
    print(s.summarise(s.extract("city-permits-inbox", "2024/permit-88812.pdf")))
