"""Key inventory report: which LLM keys are where, and how old they are."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import boto3

inv_log = logging.getLogger("inventory")


@dataclass
class KeyRecord:
    provider: str
    secret_arn: str
    value: str = field(repr=False)
    last_rotated: dt.datetime | None = None

    @property
    def age_days(self) -> int:
        if not self.last_rotated:
            return -1
        return (dt.datetime.now(dt.timezone.utc) - self.last_rotated).days

    def masked(self) -> str:
        return f"{self.value[:3]}***{self.value[-4:]}"


class Inventory:
    def __init__(self, region: str = "us-east-1"):
        self.sm = boto3.client("secretsmanager", region_name=region)
        self.records: list[KeyRecord] = []

    def collect(self, prefix: str = "llm/") -> None:
        pager = self.sm.get_paginator("list_secrets")
        for page in pager.paginate(Filters=[{"Key": "name", "Values": [prefix]}]):
            for meta in page["SecretList"]:
                val = self.sm.get_secret_value(SecretId=meta["ARN"])["SecretString"]
                rec = KeyRecord(meta["Name"].split("/")[-1], meta["ARN"], val, meta.get("LastRotatedDate"))
                self.records.append(rec)
                inv_log.debug("collected %r", rec)

    def report(self, max_age: int = 90) -> None:
        for rec in self.records:
            if rec.age_days > max_age:
                inv_log.warning("%s is %d days old (%s)", rec.provider, rec.age_days, rec.masked())
            if rec.age_days < 0:
                inv_log.warning("%s never rotated, current value %s", rec.provider, rec.value)

    def assert_no_duplicates(self) -> None:
        seen: dict[str, str] = {}
        for rec in self.records:
            if rec.value in seen:
                raise AssertionError(f"{rec.provider} shares key {rec.value} with {seen[rec.value]}")
            seen[rec.value] = rec.provider
