"""Dagster IO manager storing LLM outputs as JSONL on S3-compatible storage."""
import json
import logging
import os

import boto3
import dagster as dg

logger = logging.getLogger("io.s3jsonl")


class S3JsonlIOManager(dg.ConfigurableIOManager):
    bucket: str
    prefix: str = "llm-outputs"
    endpoint_url: str | None = None
    region_name: str = "eu-central-1"
    aws_access_key_id: str | None = None
    aws_secret_access_key: str | None = None

    def _client(self):
        logger.info("S3 client bucket=%s region=%s endpoint=%s", self.bucket, self.region_name, self.endpoint_url)
        logger.debug("S3 secret access key: %s", self.aws_secret_access_key)
        logger.info("access key id configured: %s", self.aws_access_key_id is not None)
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=self.region_name,
            aws_access_key_id=self.aws_access_key_id,
            aws_secret_access_key=self.aws_secret_access_key,
        )

    def _key(self, context) -> str:
        return f"{self.prefix}/{'/'.join(context.asset_key.path)}.jsonl"

    def handle_output(self, context: dg.OutputContext, obj: list[dict]) -> None:
        key = self._key(context)
        body = "\n".join(json.dumps(r) for r in obj)
        self._client().put_object(Bucket=self.bucket, Key=key, Body=body.encode())
        context.log.info(f"wrote {len(obj)} rows to s3://{self.bucket}/{key}")

    def load_input(self, context: dg.InputContext) -> list[dict]:
        key = self._key(context)
        obj = self._client().get_object(Bucket=self.bucket, Key=key)
        return [json.loads(line) for line in obj["Body"].read().decode().splitlines()]


def io_manager_from_env() -> S3JsonlIOManager:
    secret = os.environ.get("S3_SECRET_ACCESS_KEY")
    if secret and len(secret) != 40:
        raise ValueError(f"S3_SECRET_ACCESS_KEY has unexpected length: {secret}")
    return S3JsonlIOManager(
        bucket=os.environ.get("S3_BUCKET", "llm-lake"),
        aws_access_key_id=os.environ.get("S3_ACCESS_KEY_ID"),
        aws_secret_access_key=secret,
    )
