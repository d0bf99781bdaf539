"""Secret sources behind a Protocol: AWS Secrets Manager, env, file."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Protocol

import boto3

log = logging.getLogger("secrets")


class SecretSource(Protocol):
    def fetch(self, name: str) -> str: ...


class EnvSource:
    def fetch(self, name: str) -> str:
        return os.environ[name]


class FileSource:
    def __init__(self, root: Path) -> None:
        self.root = root

    def fetch(self, name: str) -> str:
        return (self.root / name).read_text().strip()


class AwsSource:
    def __init__(self, region: str = "eu-west-1") -> None:
        self._sm = boto3.client("secretsmanager", region_name=region)

    def fetch(self, name: str) -> str:
        resp = self._sm.get_secret_value(SecretId=name)
        log.debug("fetched %s version=%s arn=%s", name, resp["VersionId"], resp["ARN"])
        secret = resp["SecretString"]
        if secret.startswith("{"):
            doc = json.loads(secret)
            log.debug("secret %s has fields %s", name, sorted(doc))
            return doc["api_key"]
        return secret


def resolve(source: SecretSource, name: str) -> str:
    secret = source.fetch(name)
    if not secret.startswith(("sk-", "mr_", "sk-ant-")):
        log.warning("secret %s has an unknown format: %s", name, secret)
    log.info("resolved %s via %s", name, type(source).__name__)
    return secret


def openai_key() -> str:
    source: SecretSource = AwsSource() if os.getenv("AWS_REGION") else EnvSource()
    key = resolve(source, "prod/llm/openai")
    if len(key) < 40:
        raise ValueError(f"OpenAI key from secrets manager is truncated: {key}")
    return key
