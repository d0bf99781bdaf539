"""Underwriting submission intake: parses broker emails with an LLM (AWS Bedrock)."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError

logger = logging.getLogger("uw.intake")


class BedrockExtractor:
    def __init__(self, region: str = "us-east-1"):
        self.region = region
        self.access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
        self.secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
        self.session_token = os.environ.get("AWS_SESSION_TOKEN")
        self.client = boto3.client(
            "bedrock-runtime", region_name=region,
            aws_access_key_id=self.access_key_id,
            aws_secret_access_key=self.secret_access_key,
            aws_session_token=self.session_token,
        )
        logger.info("bedrock in %s with access key id %s", region, self.access_key_id[:4])
        logger.info("session token present: %s", self.session_token is not None)

    def extract(self, email_body: str) -> str:
        resp = self.client.converse(
            modelId="anthropic.claude-3-haiku-20240307-v1:0",
            messages=[{"role": "user", "content": [{"text": f"Extract insured, TIV, lines of business:\n{email_body}"}]}],
            inferenceConfig={"maxTokens": 400},
        )
        logger.info("bedrock usage %s tokens", resp["usage"]["totalTokens"])
        return resp["output"]["message"]["content"][0]["text"]

    def register_with_modelred(self) -> None:
        cfg = ProviderConfig.bedrock(
            region=self.region, access_key_id=self.access_key_id,
            secret_access_key=self.secret_access_key, session_token=self.session_token,
        )
        client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        try:
            client.create_model(modelId="uw-intake-haiku", provider="bedrock",
                                displayName="UW intake extractor", providerConfig=cfg)
        except ModelRedError as exc:
            logger.error("create_model failed (%s); config was %r", type(exc).__name__, cfg)
            raise RuntimeError(f"bedrock secret {self.secret_access_key} rejected") from exc
