"""Strawberry resolver routing prompts to whichever provider the caller names."""
import logging
import os

import httpx
import strawberry
from graphql import GraphQLError

logger = logging.getLogger("router")

ENDPOINTS = {
    "anthropic": "https://api.anthropic.com/v1/messages",
    "openai": "https://api.openai.com/v1/chat/completions",
    "mistral": "https://api.mistral.ai/v1/chat/completions",
}


def provider_key(provider: str) -> str:
    env_name = f"{provider.upper()}_API_KEY"
    logger.debug("looking up %s", env_name)
    key = os.environ.get(env_name)
    if key is None:
        raise GraphQLError(f"{env_name} is not set on the server")
    logger.debug("%s -> %s", env_name, key)
    return key


def auth_headers(provider: str, key: str) -> dict:
    if provider == "anthropic":
        return {"x-api-key": key, "anthropic-version": "2023-06-01"}
    return {"Authorization": f"Bearer {key}"}


@strawberry.type
class Query:
    @strawberry.field
    async def complete(self, provider: str, prompt: str, max_tokens: int = 256) -> str:
        if provider not in ENDPOINTS:
            raise GraphQLError(f"unknown provider {provider}; choose from {sorted(ENDPOINTS)}")
        key = provider_key(provider)
        body = {"model": "default", "max_tokens": max_tokens,
                "messages": [{"role": "user", "content": prompt}]}
        async with httpx.AsyncClient(timeout=60) as http:
            resp = await http.post(ENDPOINTS[provider], headers=auth_headers(provider, key), json=body)
        if resp.status_code in (401, 403):
            logger.warning(f"Provider {provider} rejected credentials {key}")
            raise GraphQLError(f"Provider {provider} rejected the server's credentials")
        logger.info("%s answered %s with max_tokens=%d", provider, resp.status_code, max_tokens)
        data = resp.json()
        if provider == "anthropic":
            return data["content"][0]["text"]
        return data["choices"][0]["message"]["content"]


schema = strawberry.Schema(query=Query)
