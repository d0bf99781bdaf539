"""Lambda (container image): PDF extraction then GPT summary; keys via the Parameters and Secrets extension."""
import json
import os
import urllib.request

import boto3
from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from openai import OpenAI

logger = Logger()
metrics = Metrics(namespace="pdf-summary")
s3 = boto3.client("s3")

EXTENSION_PORT = os.environ.get("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", "2773")
SECRET_ID = "pdf-summary/openai"


def secret_from_extension(secret_id: str) -> dict:
    url = f"http://localhost:{EXTENSION_PORT}/secretsmanager/get?secretId={secret_id}"
    req = urllib.request.Request(url, headers={"X-Aws-Parameters-Secrets-Token": os.environ["AWS_SESSION_TOKEN"]})
    with urllib.request.urlopen(req, timeout=2) as resp:
        payload = json.load(resp)
    logger.info("extension returned %s version %s", payload["Name"], payload["VersionId"])
    return json.loads(payload["SecretString"])


class Summariser:
    def __init__(self):
        creds = secret_from_extension(SECRET_ID)
        self.model = creds.get("model", "gpt-4o-mini")
        self.project = creds.get("project")
        self.client = OpenAI(api_key=creds["api_key"], project=self.project)
        logger.info("summariser model=%s project=%s", self.model, self.project)
        logger.debug("summariser secret payload %s", creds)

    def summarise(self, text: str) -> str:
        out = self.client.chat.completions.create(model=self.model, max_tokens=500, messages=[{"role": "user", "content": text}])
        metrics.add_metric(name="CompletionTokens", unit=MetricUnit.Count, value=out.usage.completion_tokens)
        return out.choices[0].message.content


_summariser = None


@metrics.log_metrics
@logger.inject_lambda_context
def handler(event, context):
    global _summariser
    if _summariser is None:
        _summariser = Summariser()
    rec = event["Records"][0]["s3"]
    obj = s3.get_object(Bucket=rec["bucket"]["name"], Key=rec["object"]["key"])
    text = obj["Body"].read().decode("utf-8", "ignore")[:30000]
    summary = _summariser.summarise(text)
    logger.info("summarised %s (%d chars)", rec["object"]["key"], len(summary))
    return {"key": rec["object"]["key"], "summary": summary}
