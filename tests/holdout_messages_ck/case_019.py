"""Offer-letter generator; keys in AWS Secrets Manager; warnings for deprecated config."""
import json
import logging
import warnings

import boto3
from anthropic import Anthropic

log = logging.getLogger("offers")
SECRET_ID = "hr/offers/anthropic"


def get_secret(secret_id: str) -> dict:
    sm = boto3.client("secretsmanager")
    raw = sm.get_secret_value(SecretId=secret_id)["SecretString"]
    return json.loads(raw)


class OfferWriter:
    def __init__(self):
        secret = get_secret(SECRET_ID)
        self.anthropic_key = secret["api_key"]
        self.template_version = secret.get("template_version", "2025-01")
        log.info("offer writer using secret %s, template %s", SECRET_ID, self.template_version)
        if "legacy_key" in secret:
            warnings.warn(f"legacy_key still present in {SECRET_ID}: {secret['legacy_key']}", DeprecationWarning)
        self.client = Anthropic(api_key=self.anthropic_key)

    def draft(self, candidate: dict, comp: dict) -> str:
        prompt = (f"Draft an offer letter for {candidate['name']} as {comp['title']} "
                  f"at {comp['base']} {comp['currency']} base.")
        msg = self.client.messages.create(model="claude-3-5-haiku-latest", max_tokens=1200, messages=[{"role": "user", "content": prompt}])
        log.info("offer drafted for %s, %d output tokens", candidate["id"], msg.usage.output_tokens)
        return msg.content[0].text

    def ensure_key(self) -> None:
        if not self.anthropic_key.startswith("sk-ant-"):
            raise ValueError("stored Anthropic key is malformed: %s" % self.anthropic_key)
        log.debug("key shape ok, prefix %s", self.anthropic_key[:4])


def batch(candidates: list, comps: dict) -> dict:
    writer = OfferWriter()
    writer.ensure_key()
    out = {}
    for c in candidates:
        out[c["id"]] = writer.draft(c, comps[c["id"]])
    return out
