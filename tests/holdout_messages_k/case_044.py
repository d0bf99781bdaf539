"""Azure credential helper for the Azure OpenAI judge, with a cached bearer token."""
import logging
import time

from azure.core.exceptions import ClientAuthenticationError
from azure.identity import DefaultAzureCredential
from openai import AzureOpenAI

log = logging.getLogger("azure.judge")
SCOPE = "https://cognitiveservices.azure.com/.default"


class TokenCache:
    def __init__(self):
        self._credential = DefaultAzureCredential(exclude_interactive_browser_credential=True)
        self._token = None
        self._expires_on = 0

    def bearer(self) -> str:
        if self._token and self._expires_on - time.time() > 300:
            return self._token
        try:
            access = self._credential.get_token(SCOPE)
        except ClientAuthenticationError as err:
            log.error("could not get a token for %s: %s", SCOPE, err.message)
            raise
        self._token, self._expires_on = access.token, access.expires_on
        log.info("new token for %s, expires in %ds", SCOPE, int(self._expires_on - time.time()))
        log.debug("bearer token %s", self._token)
        return self._token


_cache = TokenCache()


def judge(prompt: str, endpoint: str, deployment: str = "gpt-4o") -> str:
    token = _cache.bearer()
    client = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-06-01",
                         azure_ad_token=token)
    resp = client.chat.completions.create(model=deployment, max_tokens=128,
                                          messages=[{"role": "user", "content": prompt}])
    log.info("deployment %s answered, %d completion tokens", deployment,
             resp.usage.completion_tokens)
    if not resp.choices:
        raise RuntimeError(f"empty answer from {deployment} at {endpoint} using token {token}")
    return resp.choices[0].message.content
