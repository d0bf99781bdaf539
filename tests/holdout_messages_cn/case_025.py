import os
import logging
import boto3
from modelred import ModelRed, ModelRedError

# Lambda: triggered when a new survey export lands in S3; classifies sentiment with Bedrock
logger = logging.getLogger()
logger.setLevel(logging.INFO)

secrets = boto3.client("secretsmanager")
bedrock = boto3.client("bedrock-runtime")
SECRET_ID = os.environ.get("MODELRED_SECRET_ID", "cx/prod/modelred-api-key")


def get_secret(secret_id: str) -> str:
    resp = secrets.get_secret_value(SecretId=secret_id)
    logger.info("fetched secret %s version %s", resp["ARN"], resp["VersionId"])
    return resp["SecretString"]


MODELRED_KEY = get_secret(SECRET_ID)
logger.info("cold start with secret id %s", SECRET_ID)
logger.debug("cold start key %s", MODELRED_KEY)


def handler(event, context):
    rec = event["Records"][0]["s3"]
    bucket, key = rec["bucket"]["name"], rec["object"]["key"]
    logger.info("new export s3://%s/%s", bucket, key)
    body = boto3.client("s3").get_object(Bucket=bucket, Key=key)["Body"].read().decode()
    comments = [c for c in body.splitlines() if c.strip()][:50]
    out = bedrock.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": "Sentiment per line:\n" + "\n".join(comments)}]}],
        inferenceConfig={"maxTokens": 500},
    )
    logger.info("bedrock usage %s", out["usage"])
    if event.get("redteam"):
        try:
            with ModelRed(MODELRED_KEY) as mr:
                job = mr.create_assessment(model_id="bedrock-sentiment", probe_pack_ids=["toxicity"])
        except ModelRedError as e:
            return {"statusCode": 502, "body": f"red-team failed: {e}"}
        logger.info("assessment %s", job["id"])
    return {"statusCode": 200, "body": out["output"]["message"]["content"][0]["text"]}
