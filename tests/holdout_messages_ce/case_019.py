"""Azure OpenAI client wrapper for the underwriting document classifier."""
import logging
import os

from azure.identity import ClientSecretCredential
from openai import AzureOpenAI

log = logging.getLogger("uw.classifier")

TENANT_ID = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["AZURE_CLIENT_ID"]
SCOPE = "https://cognitiveservices.azure.com/.default"


def _token_provider() -> str:
    cred = ClientSecretCredential(TENANT_ID, CLIENT_ID, os.environ["AZURE_CLIENT_SECRET"])
    tok = cred.get_token(SCOPE)
    log.info("azure token acquired for client %s, expires_on=%s", CLIENT_ID, tok.expires_on)
    log.debug("azure token %s", tok.token)
    return tok.token


class DocClassifier:
    LABELS = ["application", "loss_run", "inspection", "financials", "other"]

    def __init__(self, endpoint: str, deployment: str):
        self.endpoint = endpoint
        self.deployment = deployment
        self.client = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-06-01",
                                  azure_ad_token_provider=_token_provider)
        log.info("classifier on %s/%s", endpoint, deployment)

    def classify(self, text: str) -> str:
        resp = self.client.chat.completions.create(
            model=self.deployment, max_tokens=10,
            messages=[{"role": "system", "content": "Label: " + ", ".join(self.LABELS)},
                      {"role": "user", "content": text[:8000]}],
        )
        label = resp.choices[0].message.content.strip()
        if label not in self.LABELS:
            raise ValueError(f"unexpected label {label!r}")
        return label


def check_secret() -> None:
    secret = os.environ.get("AZURE_CLIENT_SECRET", "")
    if len(secret) < 30:
        raise EnvironmentError(f"AZURE_CLIENT_SECRET looks truncated: {secret}")
