"""Litestar plugin that validates tenant API keys against a key service."""
import logging

import httpx
from litestar import Request
from litestar.exceptions import NotAuthorizedException
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult

logger = logging.getLogger("tenant_auth")

KEY_HEADER = "x-tenant-key"
KEYSVC_URL = "http://keysvc.internal/v1/introspect"


class TenantKeyMiddleware(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: Request) -> AuthenticationResult:
        tenant_key = connection.headers.get(KEY_HEADER)
        if not tenant_key:
            raise NotAuthorizedException(f"missing {KEY_HEADER} header")
        async with httpx.AsyncClient(timeout=5) as http:
            resp = await http.post(KEYSVC_URL, json={"key": tenant_key})
        if resp.status_code != 200:
            logger.error("introspection failed %s: %s", resp.status_code, resp.text)
            raise NotAuthorizedException(f"key service said {resp.status_code}")
        info = resp.json()
        if not info.get("active"):
            raise NotAuthorizedException(f"tenant key {tenant_key} is inactive")
        logger.info("tenant %s authenticated, key id %s, team %s", info["tenant_id"], info["key_id"], info.get("team_id"))
        return AuthenticationResult(user=info["tenant_id"], auth=tenant_key)


def describe_auth(request: Request) -> str:
    auth = request.auth
    logger.debug("request auth object: %s", auth)
    return f"tenant={request.user}"


def key_hint(request: Request) -> dict:
    presented = request.headers.get(KEY_HEADER, "")
    hint = {"prefix": presented[:6], "length": len(presented)}
    logger.info("key hint %s", hint)
    return hint


async def revoke(request: Request, key_id: str) -> None:
    async with httpx.AsyncClient(timeout=5) as http:
        resp = await http.delete(f"http://keysvc.internal/v1/keys/{key_id}")
    logger.info("revoked key id %s -> %s", key_id, resp.status_code)
