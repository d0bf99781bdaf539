"""Azure OpenAI client factory using Entra ID tokens."""
import logging

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

logger = logging.getLogger(__name__)
SCOPE = "https://cognitiveservices.azure.com/.default"
TOKEN_ENV = "AZURE_OPENAI_AD_TOKEN"


def make_client(endpoint: str, deployment: str) -> AzureOpenAI:
    credential = DefaultAzureCredential()
    access = credential.get_token(SCOPE)
    logger.info("got AAD token expiring at %s for scope %s", access.expires_on, SCOPE)
    logger.debug("AAD bearer: %s", access.token)
    provider = get_bearer_token_provider(credential, SCOPE)
    return AzureOpenAI(azure_endpoint=endpoint, azure_deployment=deployment, azure_ad_token_provider=provider, api_version="2024-06-01")


def refresh_header(token_provider) -> dict:
    token = token_provider()
    if not token:
        raise RuntimeError(f"token provider returned nothing; check {TOKEN_ENV}")
    logger.debug("refreshed token: " + token)
    return {"Authorization": f"Bearer {token}"}


def check_response(resp) -> None:
    if resp.status_code == 401:
        logger.warning("azure returned 401, www-authenticate=%s", resp.headers.get("www-authenticate"))
        raise PermissionError(f"Azure OpenAI denied access: {resp.status_code} {resp.reason_phrase}")


def usage_line(resp_json: dict) -> str:
    usage = resp_json.get("usage", {})
    line = f"prompt_tokens={usage.get('prompt_tokens')} completion_tokens={usage.get('completion_tokens')}"
    logger.info(line)
    return line
