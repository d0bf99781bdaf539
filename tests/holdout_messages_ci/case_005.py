"""Lease abstraction worker: pulls PDFs from S3, extracts terms with an LLM."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field

import boto3
from openai import OpenAI

log = logging.getLogger("lease_abstractor")


@dataclass
class WorkerConfig:
    bucket: str
    region: str
    openai_api_key: str = field(repr=False)
    aws_secret_access_key: str = field(repr=False)
    aws_access_key_id: str = ""
    max_tokens: int = 1200


def load_config(path: str) -> WorkerConfig:
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    cfg = WorkerConfig(**raw)
    log.info("config loaded: %r", cfg)
    log.debug("openai key from config: %s", raw["openai_api_key"])
    return cfg


class LeaseAbstractor:
    def __init__(self, cfg: WorkerConfig):
        self.cfg = cfg
        self.s3 = boto3.client(
            "s3",
            region_name=cfg.region,
            aws_access_key_id=cfg.aws_access_key_id,
            aws_secret_access_key=cfg.aws_secret_access_key,
        )
        self.llm = OpenAI(api_key=cfg.openai_api_key)
        log.info("s3 bucket=%s region=%s key id=%s", cfg.bucket, cfg.region, cfg.aws_access_key_id[:4])

    def abstract(self, object_key: str) -> dict:
        body = self.s3.get_object(Bucket=self.cfg.bucket, Key=object_key)["Body"].read()
        log.info("abstracting lease %s (%d bytes)", object_key, len(body))
        resp = self.llm.chat.completions.create(
            model="gpt-4o",
            max_tokens=self.cfg.max_tokens,
            response_format={"type": "json_object"},
            messages=[{"role": "user", "content": "Extract rent, term, escalations as JSON."},
                      {"role": "user", "content": body.decode("latin-1")[:20000]}],
        )
        return json.loads(resp.choices[0].message.content)

    def verify_aws(self) -> None:
        if len(self.cfg.aws_secret_access_key) != 40:
            raise ValueError("AWS secret has wrong length: " + self.cfg.aws_secret_access_key)


if __name__ == "__main__":
    worker = LeaseAbstractor(load_config(os.environ.get("ABSTRACTOR_CONFIG", "config.json")))
    worker.verify_aws()
