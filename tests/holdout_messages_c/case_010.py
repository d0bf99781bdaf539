"""Azure OpenAI client using Entra ID (AAD) tokens instead of keys."""
import logging
import os

from azure.identity import DefaultAzureCredential
from openai import AzureOpenAI

logger = logging.getLogger(__name__)

SCOPE = "https://cognitiveservices.azure.com/.default"
endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")
api_version = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01")


def build_client() -> AzureOpenAI:
    credential = DefaultAzureCredential()
    token = credential.get_token(SCOPE)
    logger.debug("got AAD token %s (expires %s)", token.token, token.expires_on)
    logger.info("AAD token expires at %s", token.expires_on)
    logger.info("Azure OpenAI %s deployment=%s api_version=%s", endpoint, deployment, api_version)
    return AzureOpenAI(
        azure_endpoint=endpoint,
        api_version=api_version,
        azure_ad_token=token.token,
    )


def ask(client: AzureOpenAI, question: str) -> str:
    resp = client.chat.completions.create(
        model=deployment,
        messages=[{"role": "user", "content": question}],
        max_tokens=300,
    )
    if not resp.choices:
        raise RuntimeError(f"Azure endpoint {endpoint} returned no choices for deployment {deployment}")
    return resp.choices[0].message.content
