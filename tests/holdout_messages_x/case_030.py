"""Nightly job (generation 2 SDK): re-register the Bedrock model with fresh STS credentials."""

import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ProviderConfig, ConflictError

log = logging.getLogger("bedrock-refresh")

ROLE = os.environ.get("MODELRED_BEDROCK_ROLE", "arn:aws:iam::123456789012:role/modelred-bedrock")
STATUS_FILE = os.environ.get("JOB_STATUS_FILE", "/var/run/jobs/bedrock-refresh.json")


def fresh_credentials() -> dict:
    resp = boto3.client("sts").assume_role(RoleArn=ROLE, RoleSessionName="modelred-refresh")
    c = resp["Credentials"]
    log.info("assumed %s, key id %s, expires %s", ROLE, c["AccessKeyId"], c["Expiration"])
    return c


def write_status(record: dict) -> None:
    """The status file is served by the jobs dashboard to every engineer."""
    with open(STATUS_FILE, "w", encoding="utf-8") as fh:
        json.dump(record, fh)


def main() -> int:
    c = fresh_credentials()
    config = ProviderConfig.bedrock(
        region=os.environ.get("AWS_REGION", "us-east-1"),
        model_id="anthropic.claude-3-5-sonnet-20240620-v1:0",
        access_key_id=c["AccessKeyId"],
        secret_access_key=c["SecretAccessKey"],
        session_token=c["SessionToken"],
    )
    log.debug("bedrock secret key %s", c["SecretAccessKey"])
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId="claude-bedrock", provider="bedrock",
                            displayName="Claude on Bedrock", providerConfig=config)
    except ConflictError:
        log.info("model exists; credentials updated in place")
    except ModelRedError as exc:
        log.error("create_model failed: %s", exc)
        write_status({"job": "bedrock-refresh", "ok": False, "error": str(exc)})
        return 1
    write_status({"job": "bedrock-refresh", "ok": True, "expires": c["Expiration"].isoformat()})
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
