"""Freight audit: match carrier invoices to rated shipments; AWS Bedrock via ModelRed gen 2."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

audit_log = logging.getLogger("freight.audit")


def bedrock_creds():
    sm = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    resp = sm.get_secret_value(SecretId="freight-audit/bedrock")
    import json
    data = json.loads(resp["SecretString"])
    audit_log.info("loaded bedrock creds, region %s (version %s)",
                   data.get("region", "us-east-1"), resp["VersionId"])
    return data


def register_auditor(model_id="invoice-auditor"):
    creds = bedrock_creds()
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.bedrock(
        region="us-east-1",
        model_id="anthropic.claude-3-5-sonnet-20240620-v1:0",
        access_key_id=creds["access_key_id"],
        secret_access_key=creds["secret_access_key"],
    )
    try:
        return client.create_model(modelId=model_id, provider="bedrock", displayName="Invoice auditor", providerConfig=cfg)
    except ValidationError as e:
        audit_log.error("bedrock config rejected: %s; secret was %s", e, creds["secret_access_key"])
        raise
    except ModelRedError as e:
        audit_log.error("create_model failed: %s", type(e).__name__)
        raise RuntimeError("could not register invoice auditor") from e


def audit(invoice_lines, rated):
    mismatches = []
    for line in invoice_lines:
        expected = rated.get(line["pro"])
        if expected is None or abs(expected - line["amount"]) > 0.5:
            mismatches.append((line["pro"], line["amount"], expected))
    audit_log.info("%d of %d invoice lines mismatched", len(mismatches), len(invoice_lines))
    return mismatches


def check_session(session_token):
    if session_token and len(session_token) < 100:
        raise ValueError(f"session token looks truncated ({len(session_token)} chars)")
    return True
