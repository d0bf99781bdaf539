"""Secrets Manager rotation Lambda for the LLM gateway's upstream API key."""

import json
import logging
import secrets

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)

sm = boto3.client("secretsmanager")


def lambda_handler(event, context):
    arn = event["SecretId"]
    token = event["ClientRequestToken"]
    step = event["Step"]
    logger.info("rotation step %s for %s version %s", step, arn, token)
    if step == "createSecret":
        create_secret(arn, token)
    elif step == "setSecret":
        set_secret(arn, token)
    elif step == "finishSecret":
        finish_secret(arn, token)
    else:
        raise ValueError(f"unknown step {step} for {arn}")


def create_secret(arn, token):
    current = sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")
    doc = json.loads(current["SecretString"])
    doc["api_key"] = "gw_" + secrets.token_urlsafe(32)
    sm.put_secret_value(SecretId=arn, ClientRequestToken=token,
                        SecretString=json.dumps(doc), VersionStages=["AWSPENDING"])
    logger.info("staged new key ending %s", doc["api_key"][-4:])
    logger.info("pending secret document: %s", doc)


def set_secret(arn, token):
    pending = sm.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")
    doc = json.loads(pending["SecretString"])
    import urllib.request

    req = urllib.request.Request(doc["admin_url"], method="POST",
                                 headers={"Authorization": f"Bearer {doc['admin_token']}"},
                                 data=json.dumps({"key": doc["api_key"]}).encode())
    with urllib.request.urlopen(req, timeout=10) as resp:
        if resp.status != 201:
            raise RuntimeError(f"gateway refused key {doc['api_key']} with {resp.status}")
    logger.info("gateway accepted the key, status %s", resp.status)


def finish_secret(arn, token):
    meta = sm.describe_secret(SecretId=arn)
    for version, stages in meta["VersionIdsToStages"].items():
        if "AWSCURRENT" in stages and version != token:
            sm.update_secret_version_stage(SecretId=arn, VersionStage="AWSCURRENT",
                                           MoveToVersionId=token, RemoveFromVersionId=version)
            logger.info("moved AWSCURRENT from %s to %s", version, token)
            return
