"""Thin wrapper that builds generation-3 ModelRed clients with the platform's routing headers."""
import logging
import os

import httpx

from modelred import ModelRed, AsyncModelRed

log = logging.getLogger("platform.client")

GATEWAY_TOKEN_ENV = "REDTEAM_GATEWAY_TOKEN"


def platform_headers(team: str) -> dict:
    token = os.environ[GATEWAY_TOKEN_ENV]
    return {"X-Team": team, "X-Gateway-Token": token, "User-Agent": "redteam-platform/2.3"}


def make_client(team: str, api_key: str, *, debug: bool = False) -> ModelRed:
    headers = platform_headers(team)
    log.info("client for %s with headers %s", team, sorted(headers))
    if debug:
        log.debug("extra headers for %s: %s", team, headers)
        transport = httpx.HTTPTransport(retries=0)
    else:
        transport = None
    return ModelRed(api_key, extra_headers=headers, transport=transport, timeout=15.0)


def make_async_client(team: str, api_key: str) -> AsyncModelRed:
    if not api_key.startswith("mr_"):
        raise ValueError(f"team {team}: api_key must start with mr_ (got {api_key[:3]!r})")
    return AsyncModelRed(api_key, extra_headers=platform_headers(team))


def describe(team: str, api_key: str) -> str:
    headers = platform_headers(team)
    return f"team={headers['X-Team']} ua={headers['User-Agent']} key=…{api_key[-4:]}"


def smoke(team: str) -> None:
    api_key = os.environ["MODELRED_API_KEY"]
    with make_client(team, api_key) as client:
        models = client.list_models(limit=1)
    log.info("smoke ok for %s: %d model(s)", team, len(models))
    if not models:
        raise RuntimeError(f"team {team} sees no models with key {api_key}")
