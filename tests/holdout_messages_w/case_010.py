"""Code-execution sandbox service for agents (E2B-like REST API, async)."""
from __future__ import annotations

import asyncio
import logging
import os
import uuid

import httpx
from pydantic import BaseModel

logger = logging.getLogger("sandbox")


class ExecRequest(BaseModel):
    language: str = "python"
    code: str
    timeout_s: int = 30


class SandboxClient:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.sandbox.example.dev") -> None:
        self.api_key = api_key or os.environ.get("SANDBOX_API_KEY", "")
        self.base_url = base_url
        if not self.api_key:
            raise ValueError(f"no sandbox key configured (api_key={self.api_key!r})")
        self._http = httpx.AsyncClient(base_url=base_url, headers={"X-API-Key": self.api_key}, timeout=60)

    async def create(self) -> str:
        resp = await self._http.post("/v1/sandboxes", json={"template": "python-3.12"})
        if resp.status_code == 401:
            raise PermissionError(f"sandbox API at {self.base_url} rejected X-API-Key {self.api_key}")
        resp.raise_for_status()
        sid = resp.json()["id"]
        logger.info("created sandbox %s on %s", sid, self.base_url)
        return sid

    async def execute(self, sandbox_id: str, req: ExecRequest) -> dict:
        run_id = uuid.uuid4().hex
        logger.debug("exec %s in %s: %s", run_id, sandbox_id, req.model_dump(exclude={"code"}))
        resp = await self._http.post(f"/v1/sandboxes/{sandbox_id}/exec", json=req.model_dump())
        if resp.status_code >= 500:
            raise RuntimeError(f"exec {run_id} failed: {resp.status_code} {resp.text}")
        return resp.json()

    async def close(self, sandbox_id: str) -> None:
        await self._http.delete(f"/v1/sandboxes/{sandbox_id}")
        await self._http.aclose()


async def run_snippet(code: str) -> str:
    client = SandboxClient()
    sid = await client.create()
    try:
        out = await asyncio.wait_for(client.execute(sid, ExecRequest(code=code)), timeout=45)
    except asyncio.TimeoutError:
        logger.error("sandbox %s timed out; client headers were %s", sid, dict(client._http.headers))
        return "timeout"
    finally:
        await client.close(sid)
    return out.get("stdout", "")
