"""Semantic Kernel plugin giving the assistant access to the company's Confluence wiki."""
from __future__ import annotations

import logging
import os
from typing import Annotated

import httpx
from semantic_kernel import Kernel
from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion
from semantic_kernel.functions import kernel_function

logger = logging.getLogger("sk.confluence")


class ConfluencePlugin:
    def __init__(self, base_url: str, user: str, api_token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.user = user
        self._auth = (user, api_token)

    @kernel_function(name="search_wiki", description="Search Confluence pages with CQL text search.")
    async def search_wiki(self, text: Annotated[str, "words to search for"], limit: int = 5) -> str:
        params = {"cql": f'text ~ "{text}"', "limit": limit}
        async with httpx.AsyncClient(auth=self._auth, timeout=20) as http:
            resp = await http.get(f"{self.base_url}/wiki/rest/api/search", params=params)
        if resp.status_code == 401:
            logger.error("confluence rejected credentials %s for %s", self._auth, self.base_url)
            return "wiki unavailable"
        results = resp.json().get("results", [])
        logger.info("wiki search %r -> %d hits as %s", text, len(results), self.user)
        return "\n".join(f"- {r['title']}: {self.base_url}/wiki{r['url']}" for r in results)


def build_kernel() -> Kernel:
    kernel = Kernel()
    azure_key = os.environ["AZURE_OPENAI_API_KEY"]
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
    deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")
    kernel.add_service(AzureChatCompletion(deployment_name=deployment, endpoint=endpoint, api_key=azure_key))
    logger.info("azure deployment %s at %s", deployment, endpoint)
    token = os.environ["CONFLUENCE_API_TOKEN"]
    user = os.environ["CONFLUENCE_USER"]
    kernel.add_plugin(ConfluencePlugin(os.environ["CONFLUENCE_URL"], user, token), plugin_name="wiki")
    logger.debug("confluence plugin for %s (token len %d)", user, len(token))
    return kernel


if __name__ == "__main__":
    k = build_kernel()
    print("plugins:", list(k.plugins))
    print(f"AZURE_OPENAI_API_KEY set: {bool(os.environ.get('AZURE_OPENAI_API_KEY'))}")
