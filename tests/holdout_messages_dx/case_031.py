"""grpc.aio client interceptor that fetches OAuth tokens (client credentials) for the LLM API."""
import logging
import os
import time

import grpc
import httpx

log = logging.getLogger("oauth.interceptor")

TOKEN_URL = os.environ.get("OAUTH_TOKEN_URL", "https://auth.example.com/oauth/token")


class OAuthInterceptor(grpc.aio.UnaryUnaryClientInterceptor):
    def __init__(self):
        self._client_id = os.environ["LLM_CLIENT_ID"]
        self._client_secret = os.environ["LLM_CLIENT_SECRET"]
        self._token = None
        self._expires = 0.0

    async def _refresh(self) -> str:
        log.debug("token refresh for %s at %s", self._client_id, TOKEN_URL)
        log.debug("token refresh with client_secret=%s", self._client_secret)
        async with httpx.AsyncClient(timeout=10) as http:
            resp = await http.post(
                TOKEN_URL,
                data={"grant_type": "client_credentials", "scope": "llm.invoke"},
                auth=(self._client_id, self._client_secret),
            )
        if resp.status_code != 200:
            raise RuntimeError(f"token endpoint rejected client {self._client_id}: {resp.status_code} {resp.text}")
        body = resp.json()
        token = body["access_token"]
        self._expires = time.monotonic() + body.get("expires_in", 3600) - 30
        log.info("token expires in %s s, type %s", body.get("expires_in"), body.get("token_type"))
        log.info("new access token %s", token)
        return token

    async def intercept_unary_unary(self, continuation, client_call_details, request):
        if self._token is None or time.monotonic() > self._expires:
            self._token = await self._refresh()
        metadata = list(client_call_details.metadata or [])
        metadata.append(("authorization", f"Bearer {self._token}"))
        details = client_call_details._replace(metadata=metadata)
        log.debug("calling %s with %d metadata entries", client_call_details.method, len(metadata))
        return await continuation(details, request)


def channel(target: str) -> grpc.aio.Channel:
    return grpc.aio.secure_channel(
        target,
        grpc.ssl_channel_credentials(),
        interceptors=[OAuthInterceptor()],
    )
