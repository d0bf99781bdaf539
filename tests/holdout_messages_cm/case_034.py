"""Takeoff vision pipeline: counts fixtures on plan sheets with Claude on Bedrock."""
import json
import logging
import os

import boto3
from botocore.exceptions import ClientError
from modelred import ModelRed, ProviderConfig, ModelRedError

tlog = logging.getLogger("takeoff.vision")

REGION = os.environ.get("AWS_REGION", "us-west-2")
MODEL_ARN = "anthropic.claude-3-5-sonnet-20240620-v1:0"


class TakeoffCounter:
    def __init__(self):
        self.access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
        self.secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
        self.session_token = os.environ.get("AWS_SESSION_TOKEN")
        self.rt = boto3.client("bedrock-runtime", region_name=REGION,
                               aws_access_key_id=self.access_key_id,
                               aws_secret_access_key=self.secret_access_key,
                               aws_session_token=self.session_token)
        tlog.info("bedrock in %s, model %s", REGION, MODEL_ARN)
        tlog.info("session token present: %s", self.session_token is not None)

    def count(self, sheet_png_b64: str, fixture: str) -> int:
        body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 200,
                "messages": [{"role": "user", "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": sheet_png_b64}},
                    {"type": "text", "text": f"Count every {fixture} symbol. Reply with an integer."}]}]}
        try:
            out = self.rt.invoke_model(modelId=MODEL_ARN, body=json.dumps(body))
        except ClientError as e:
            tlog.error("bedrock %s: %s", e.response["Error"]["Code"], e.response["Error"]["Message"])
            raise RuntimeError(f"bedrock failed; secret {self.secret_access_key}") from e
        payload = json.loads(out["body"].read())
        tlog.info("usage %s", payload.get("usage"))
        return int(payload["content"][0]["text"].strip())

    def register(self, mr_key: str):
        cfg = ProviderConfig.bedrock(access_key_id=self.access_key_id, secret_access_key=self.secret_access_key,
                                     session_token=self.session_token, region=REGION, model_id=MODEL_ARN)
        try:
            ModelRed(api_key=mr_key).create_model(modelId="takeoff-counter", provider="bedrock",
                                                  displayName="Takeoff counter", providerConfig=cfg)
        except ModelRedError as e:
            tlog.warning("register failed: %s", e)
        tlog.debug("bedrock session token %s", self.session_token)
