"""Carbon-accounting ledger service: supplier emission factors + LLM summaries."""
import logging
import os
from decimal import Decimal

import boto3
from anthropic import Anthropic
from modelred import ModelRed, ModelRedError, QuotaExceededError

log = logging.getLogger("ledger.scope3")


class Scope3Ledger:
    def __init__(self, region="eu-west-1"):
        sm = boto3.client("secretsmanager", region_name=region)
        secret = sm.get_secret_value(SecretId="carbon-ledger/prod")
        self.anthropic_key = secret["SecretString"]
        self.region = region
        self.client = Anthropic(api_key=self.anthropic_key)
        self.entries = []
        log.info("ledger ready in %s (secret version %s)", region, secret["VersionId"])

    def add(self, supplier, spend_eur, factor_kg_per_eur):
        kg = Decimal(str(spend_eur)) * Decimal(str(factor_kg_per_eur))
        self.entries.append({"supplier": supplier, "spend": spend_eur, "kg": kg})
        return kg

    def narrative(self):
        total = sum(e["kg"] for e in self.entries)
        try:
            msg = self.client.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=500,
                messages=[{"role": "user", "content": f"Summarise scope 3 purchased goods: {self.entries}, total {total} kg"}],
            )
        except Exception as exc:
            log.error("anthropic call failed with key %s: %s", self.anthropic_key, exc)
            return None
        log.info("narrative tokens in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text


async def audit_summariser(model_id: str, anthropic_key: str):
    try:
        async with ModelRed() as mr:
            await mr.register_anthropic_model(model_id=model_id, api_key=anthropic_key, model_name="claude-3-5-haiku-latest")
            return await mr.run_assessment(model_id=model_id, test_suites=["data_leakage"], priority="high")
    except QuotaExceededError as e:
        log.warning("ModelRed quota: %s", e)
        return {"ok": False, "error": "quota exceeded"}
    except ModelRedError as e:
        return {"ok": False, "error": f"ModelRed error: {e}"}


def check_key(anthropic_key: str) -> None:
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError("Anthropic key has wrong prefix: %s" % anthropic_key)
