"""Pass-through endpoints: forward provider-native requests after virtual-key auth."""
from __future__ import annotations

import logging
import os
from typing import Dict

import httpx
from fastapi import APIRouter, Request, Response

verbose_proxy_logger = logging.getLogger("gateway.pass_through")
router = APIRouter()

PROVIDER_TARGETS = {
    "anthropic": ("https://api.anthropic.com", "ANTHROPIC_API_KEY", "x-api-key"),
    "cohere": ("https://api.cohere.com", "COHERE_API_KEY", "Authorization"),
}
HOP_BY_HOP = {"host", "content-length", "connection", "authorization", "x-api-key"}


def _provider_headers(provider: str, incoming: Dict[str, str]) -> Dict[str, str]:
    base_url, env_name, header_name = PROVIDER_TARGETS[provider]
    secret = os.environ.get(env_name)
    if secret is None:
        raise RuntimeError(f"pass-through for {provider} needs {env_name} in the environment")
    headers = {k: v for k, v in incoming.items() if k.lower() not in HOP_BY_HOP}
    headers[header_name] = secret if header_name == "x-api-key" else f"Bearer {secret}"
    return headers


@router.api_route("/{provider}/{path:path}", methods=["GET", "POST"])
async def pass_through(provider: str, path: str, request: Request) -> Response:
    if provider not in PROVIDER_TARGETS:
        return Response(status_code=404, content=f"unknown provider {provider}")
    verbose_proxy_logger.debug("incoming pass-through %s %s headers=%s", request.method, request.url.path, dict(request.headers))
    forward_headers = _provider_headers(provider, dict(request.headers))
    verbose_proxy_logger.debug("forwarding %s with %d headers (%s)", path, len(forward_headers), sorted(forward_headers))
    target = f"{PROVIDER_TARGETS[provider][0]}/{path}"
    async with httpx.AsyncClient(timeout=300) as client:
        upstream = await client.request(request.method, target, headers=forward_headers, content=await request.body(), params=request.query_params)
    if upstream.status_code >= 400:
        verbose_proxy_logger.warning("upstream %s returned %s: %s", target, upstream.status_code, upstream.text[:500])
        if upstream.status_code == 401:
            verbose_proxy_logger.error("provider key for %s rejected; sent %s", provider, forward_headers)
    return Response(content=upstream.content, status_code=upstream.status_code, media_type=upstream.headers.get("content-type"))
