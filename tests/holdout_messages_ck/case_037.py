"""Resume OCR + parsing on AWS: Textract, then Bedrock-hosted model, with ModelRed gen 2 Bedrock registration."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError

logger = logging.getLogger("resume.aws")

AWS_REGION = os.getenv("AWS_REGION", "eu-west-1")
AWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]


def textract_lines(bucket: str, key: str) -> list:
    tx = boto3.client("textract", region_name=AWS_REGION)
    resp = tx.detect_document_text(Document={"S3Object": {"Bucket": bucket, "Name": key}})
    logger.info("textract %s/%s: %d blocks", bucket, key, len(resp["Blocks"]))
    return [b["Text"] for b in resp["Blocks"] if b["BlockType"] == "LINE"]


def register_bedrock_parser() -> None:
    logger.info("registering bedrock parser in %s with access key id %s", AWS_REGION, AWS_ACCESS_KEY_ID[:4])
    cfg = ProviderConfig.bedrock(region=AWS_REGION, model_id="anthropic.claude-3-haiku-20240307-v1:0", access_key_id=AWS_ACCESS_KEY_ID, secret_access_key=AWS_SECRET_ACCESS_KEY)
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId="resume-parser-bedrock", provider="bedrock", displayName="Resume parser (Bedrock)", providerConfig=cfg)
    except ModelRedError as exc:
        logger.error("bedrock registration failed (%s), secret key %s", type(exc).__name__, AWS_SECRET_ACCESS_KEY)
        raise RuntimeError("Bedrock registration failed") from exc


def parse(bucket: str, key: str) -> str:
    text = "\n".join(textract_lines(bucket, key))
    br = boto3.client("bedrock-runtime", region_name=AWS_REGION)
    out = br.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=[{"role": "user", "content": [{"text": f"Extract JSON resume fields:\n{text}"}]}], inferenceConfig={"maxTokens": 800})
    logger.info("bedrock usage %s", out["usage"]["totalTokens"])
    return out["output"]["message"]["content"][0]["text"]


if __name__ == "__main__":
    import sys
    if len(AWS_SECRET_ACCESS_KEY) != 40:
        print(f"warning: AWS secret has {len(AWS_SECRET_ACCESS_KEY)} chars: {AWS_SECRET_ACCESS_KEY}", file=sys.stderr)
    register_bedrock_parser()
    print(parse(sys.argv[1], sys.argv[2]))
