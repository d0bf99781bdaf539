"""Azure OpenAI credential resolution: API key, static AD token or a token provider."""
from __future__ import annotations

import logging
import os
import time
from typing import Callable, Optional

from azure.identity import DefaultAzureCredential, get_bearer_token_provider

logger = logging.getLogger(__name__)

COGNITIVE_SCOPE = "https://cognitiveservices.azure.com/.default"
AzureADTokenProvider = Callable[[], str]


def default_token_provider(scope: str = COGNITIVE_SCOPE) -> AzureADTokenProvider:
    credential = DefaultAzureCredential(exclude_interactive_browser_credential=True)
    logger.debug("using DefaultAzureCredential for scope %s", scope)
    return get_bearer_token_provider(credential, scope)


class AzureAuth:
    def __init__(
        self,
        api_key: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
    ) -> None:
        self.api_key = api_key or os.getenv("AZURE_OPENAI_API_KEY")
        self.azure_ad_token = azure_ad_token or os.getenv("AZURE_OPENAI_AD_TOKEN")
        self.azure_ad_token_provider = azure_ad_token_provider
        if self.api_key is None and self.azure_ad_token is None and self.azure_ad_token_provider is None:
            raise ValueError("Missing credentials: pass api_key, azure_ad_token or azure_ad_token_provider (or set AZURE_OPENAI_API_KEY)")

    def _token(self) -> Optional[str]:
        if self.azure_ad_token_provider is not None:
            started = time.monotonic()
            token = self.azure_ad_token_provider()
            logger.debug("token provider returned in %.3fs", time.monotonic() - started)
            if not token:
                raise ValueError(f"the AD token provider gave an empty token ({token!r}); check the credential chain")
            logger.debug("Azure AD token from provider: %s", token)
            return token
        return self.azure_ad_token

    def headers(self) -> dict:
        token = self._token()
        if token is not None:
            return {"Authorization": f"Bearer {token}"}
        if self.api_key is not None:
            return {"api-key": self.api_key}
        return {}

    def check_deployment(self, endpoint: str, deployment: str) -> None:
        hdrs = self.headers()
        if not endpoint.startswith("https://"):
            raise ValueError(f"endpoint {endpoint} must be https; refusing to send {hdrs}")
        logger.info("deployment %s at %s uses %s auth", deployment, endpoint, "AD token" if "Authorization" in hdrs else "api-key")
