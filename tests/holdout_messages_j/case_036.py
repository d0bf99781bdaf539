"""Azure OpenAI client that authenticates with Entra ID tokens or a key."""
import logging
import os
from dataclasses import dataclass, field

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

log = logging.getLogger("azure_llm")
SCOPE = "https://cognitiveservices.azure.com/.default"


@dataclass
class AzureSettings:
    endpoint: str
    deployment: str
    api_version: str = "2024-06-01"
    api_key: str | None = field(default=None, repr=False)


def settings_from_env() -> AzureSettings:
    s = AzureSettings(
        endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        deployment=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o"),
        api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
    )
    log.info("azure settings %s (key auth: %s)", s, s.api_key is not None)
    return s


def client(s: AzureSettings) -> AzureOpenAI:
    if s.api_key:
        return AzureOpenAI(azure_endpoint=s.endpoint, api_key=s.api_key, api_version=s.api_version)
    token_provider = get_bearer_token_provider(DefaultAzureCredential(), SCOPE)
    access_token = token_provider()
    log.debug("Entra access token acquired: %s", access_token)
    log.debug("token scope %s, token length %d", SCOPE, len(access_token))
    return AzureOpenAI(azure_endpoint=s.endpoint, azure_ad_token_provider=token_provider, api_version=s.api_version)


def ask(s: AzureSettings, question: str) -> str:
    c = client(s)
    resp = c.chat.completions.create(model=s.deployment, messages=[{"role": "user", "content": question}], max_tokens=300)
    log.info("deployment %s used %d tokens", s.deployment, resp.usage.total_tokens)
    return resp.choices[0].message.content
