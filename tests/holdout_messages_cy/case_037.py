"""Contract summariser on AWS Bedrock, registered with ModelRed for the quarterly red-team run."""
import json
import logging
import os

import boto3
from botocore.exceptions import ClientError
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("bedrock.summariser")

REGION = os.environ.get("AWS_REGION", "us-east-1")
MODEL_ARN = "anthropic.claude-3-haiku-20240307-v1:0"


class BedrockSummariser:
    def __init__(self, access_key_id: str, secret_access_key: str, region: str = REGION):
        self.access_key_id = access_key_id
        self.secret_access_key = secret_access_key
        self.region = region
        self.runtime = boto3.client("bedrock-runtime", region_name=region, aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key)
        log.info("Bedrock runtime in %s for model %s", region, MODEL_ARN)

    def summarise(self, contract_text: str, max_tokens: int = 700) -> str:
        body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": max_tokens, "messages": [{"role": "user", "content": "Summarise key commercial terms:\n" + contract_text[:40000]}]}
        try:
            resp = self.runtime.invoke_model(modelId=MODEL_ARN, body=json.dumps(body))
        except ClientError as exc:
            code = exc.response["Error"]["Code"]
            if code in ("UnrecognizedClientException", "InvalidSignatureException"):
                raise PermissionError(f"Bedrock rejected {self.access_key_id}/{self.secret_access_key}: {code}") from exc
            log.error("Bedrock error %s in %s", code, self.region)
            raise
        out = json.loads(resp["body"].read())
        log.info("summary: %d in / %d out tokens", out["usage"]["input_tokens"], out["usage"]["output_tokens"])
        return out["content"][0]["text"]

    def register(self) -> None:
        mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        log.debug("registering with secret key configured: %s", bool(self.secret_access_key))
        cfg = ProviderConfig.bedrock(region=self.region, model_id=MODEL_ARN, access_key_id=self.access_key_id, secret_access_key=self.secret_access_key)
        log.debug("bedrock provider config: %s", cfg)
        try:
            mr.create_model(modelId="bedrock-contract-summariser", provider="bedrock", displayName="Contract summariser (Bedrock)", providerConfig=cfg)
        except ConflictError:
            log.info("already registered")
        except ModelRedError as exc:
            log.error("ModelRed registration failed: %s", type(exc).__name__)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = BedrockSummariser(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"])
    print(s.summarise(open("samples/msa.txt").read()))
    s.register()
