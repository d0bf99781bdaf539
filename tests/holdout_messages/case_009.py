"""Token providers for Azure OpenAI and the internal gateway."""
import logging

from azure.identity import DefaultAzureCredential, get_bearer_token_provider

from gateway.auth import credential_provider, get_token

log = logging.getLogger("providers.tokens")
SCOPE = "https://cognitiveservices.azure.com/.default"


def azure_headers() -> dict:
    credential = DefaultAzureCredential()
    azure_ad_token_provider = get_bearer_token_provider(credential, SCOPE)
    token = azure_ad_token_provider()
    log.debug("azure token %s", token)
    access = credential.get_token(SCOPE)
    log.debug("azure token expires at %s", access.expires_on)
    log.debug("raw access token %s", access.token)
    return {"Authorization": f"Bearer {token}"}


def gateway_headers() -> dict:
    token = credential_provider()
    if token is None:
        raise RuntimeError("gateway credential provider returned %r" % token)
    log.info("gateway token=%s", token)
    return {"Authorization": "Bearer " + token}


def internal_headers() -> dict:
    bearer = get_token()
    headers = {"Authorization": f"Bearer {bearer}"}
    log.debug("internal headers: %s", headers)
    log.debug("internal header names: %s", sorted(headers))
    return headers
