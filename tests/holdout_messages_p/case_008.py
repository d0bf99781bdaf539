"""AWS Secrets Manager backend with a small in-process cache."""
from __future__ import annotations

import json
import logging
import time

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("secrets.aws")


class AwsSecretsBackend:
    name = "aws"

    def __init__(self, region: str, ttl: float = 300.0) -> None:
        self._sm = boto3.client("secretsmanager", region_name=region)
        self._ttl = ttl
        self._cache: dict[str, tuple[float, str]] = {}

    def _fetch(self, secret_id: str) -> str:
        try:
            resp = self._sm.get_secret_value(SecretId=secret_id)
        except ClientError as err:
            code = err.response["Error"]["Code"]
            log.error("get_secret_value(%s) failed: %s", secret_id, code)
            raise LookupError(f"cannot read {secret_id}: {code}") from err
        log.debug("fetched %s version=%s", resp["ARN"], resp["VersionId"])
        return resp["SecretString"]

    def get(self, ref: str) -> str:
        secret_id, _, json_key = ref.partition(":")
        now = time.monotonic()
        hit = self._cache.get(secret_id)
        if hit and now - hit[0] < self._ttl:
            raw = hit[1]
        else:
            raw = self._fetch(secret_id)
            self._cache[secret_id] = (now, raw)
        if not json_key:
            return raw
        try:
            doc = json.loads(raw)
        except json.JSONDecodeError:
            raise ValueError(f"{secret_id} is not JSON: {raw[:40]}")
        if json_key not in doc:
            log.warning("%s has no key %s (has %s)", secret_id, json_key, list(doc))
            raise KeyError(json_key)
        return doc[json_key]

    def dump_cache(self) -> None:
        for sid, (ts, raw) in self._cache.items():
            print(f"{sid} cached at {ts:.0f}: {raw}")
