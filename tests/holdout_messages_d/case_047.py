"""Azure OpenAI with Entra ID tokens instead of keys."""
import logging

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

log = logging.getLogger("azure.llm")

SCOPE = "https://cognitiveservices.azure.com/.default"


def make_client(endpoint: str, deployment: str) -> AzureOpenAI:
    credential = DefaultAzureCredential()
    token = credential.get_token(SCOPE)
    log.debug("AAD token expires at %s", token.expires_on)
    log.debug("AAD token %s", token.token)
    token_provider = get_bearer_token_provider(credential, SCOPE)
    bearer = token_provider()
    print("bearer:", bearer)
    log.info("scope %s endpoint %s deployment %s", SCOPE, endpoint, deployment)
    return AzureOpenAI(
        azure_endpoint=endpoint,
        azure_deployment=deployment,
        azure_ad_token_provider=token_provider,
        api_version="2024-10-21",
    )


def ask(client: AzureOpenAI, question: str) -> str:
    r = client.chat.completions.create(model="gpt-4o", max_tokens=300, messages=[{"role": "user", "content": question}])
    log.info("completion tokens %s", r.usage.completion_tokens)
    return r.choices[0].message.content
