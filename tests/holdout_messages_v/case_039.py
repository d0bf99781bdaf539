"""aiohttp client used by the web backend to reach the internal LLM proxy."""

import logging
import os

import aiohttp

log = logging.getLogger("llm.proxy_client")

PROXY_URL = os.environ.get("LLM_PROXY_URL", "http://llm-proxy.internal:4000")


class ProxyError(Exception):
    def __init__(self, message: str, *, status: int, request_id: str | None = None):
        super().__init__(message)
        self.status = status
        self.request_id = request_id


class ProxyClient:
    def __init__(self, virtual_key: str, team_id: str):
        log.debug("proxy client for team %s, key ends %s", team_id, virtual_key[-4:])
        self.team_id = team_id
        self._session = aiohttp.ClientSession(
            base_url=PROXY_URL,
            headers={"Authorization": f"Bearer {virtual_key}", "X-Team-Id": team_id},
            timeout=aiohttp.ClientTimeout(total=60),
        )

    async def chat(self, model: str, messages: list[dict], max_tokens: int = 512) -> dict:
        payload = {"model": model, "messages": messages, "max_tokens": max_tokens}
        async with self._session.post("/v1/chat/completions", json=payload) as resp:
            request_id = resp.headers.get("x-request-id")
            if resp.status == 401:
                log.error("proxy refused team %s; session headers %s", self.team_id, dict(self._session.headers))
                raise ProxyError("proxy rejected the virtual key", status=401, request_id=request_id)
            if resp.status >= 400:
                text = await resp.text()
                raise ProxyError(f"proxy error {resp.status}: {text[:200]}", status=resp.status, request_id=request_id)
            data = await resp.json()
        usage = data.get("usage", {})
        log.info("team %s model %s used %s tokens (request %s)", self.team_id, model, usage.get("total_tokens"), request_id)
        return data

    async def close(self) -> None:
        await self._session.close()


async def build_for_team(team_id: str) -> ProxyClient:
    key = os.environ.get(f"PROXY_KEY_{team_id.upper()}")
    if key is None:
        raise LookupError(f"no virtual key configured for team {team_id}")
    return ProxyClient(key, team_id)
