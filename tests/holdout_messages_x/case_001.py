"""Azure OpenAI client factory: service principal credentials from the environment."""

import logging
import os

from azure.identity import ClientSecretCredential
from openai import AzureOpenAI

log = logging.getLogger("llm.azure")

SCOPE = "https://cognitiveservices.azure.com/.default"
SECRET_ENV = "AZURE_CLIENT_SECRET"


def _principal():
    tenant_id = os.environ["AZURE_TENANT_ID"]
    client_id = os.environ["AZURE_CLIENT_ID"]
    client_secret = os.environ.get(SECRET_ENV, "")
    if not client_secret:
        raise RuntimeError(f"{SECRET_ENV} is not set (got {client_secret!r})")
    log.info("using service principal %s in tenant %s", client_id, tenant_id)
    log.debug("principal secret loaded: %s", client_secret)
    return ClientSecretCredential(tenant_id, client_id, client_secret)


def bearer_token(credential):
    token = credential.get_token(SCOPE)
    log.info("token acquired, expires_on=%s", token.expires_on)
    if token.expires_on < 60:
        raise RuntimeError(f"token {token.token} expires too soon")
    return token.token


def build_client(endpoint: str, deployment: str, api_version: str = "2024-06-01"):
    credential = _principal()
    access = bearer_token(credential)
    log.info("azure openai endpoint=%s deployment=%s version=%s", endpoint, deployment, api_version)
    client = AzureOpenAI(
        azure_endpoint=endpoint,
        azure_ad_token=access,
        api_version=api_version,
    )
    log.debug("access token length %d", len(access))
    return client


def smoke_test(client, deployment: str):
    resp = client.chat.completions.create(
        model=deployment,
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=4,
    )
    log.info("smoke test ok: %s tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content


if __name__ == "__main__":
    c = build_client(os.environ["AZURE_OPENAI_ENDPOINT"], os.environ["AZURE_OPENAI_DEPLOYMENT"])
    print(smoke_test(c, os.environ["AZURE_OPENAI_DEPLOYMENT"]))
