"""Router with fallbacks: pick a healthy deployment, retry on the next one."""
import asyncio
import logging
import random

import httpx

router_log = logging.getLogger("gateway.router")

COOLDOWN_SECONDS = 30
MAX_FALLBACKS = 3


class Router:
    def __init__(self, model_list: list[dict]):
        self.model_list = model_list
        self.cooldown: dict[str, float] = {}
        self.http = httpx.AsyncClient(timeout=60.0)

    def _healthy(self, model_name: str) -> list[dict]:
        now = asyncio.get_running_loop().time()
        return [
            d for d in self.model_list
            if d["model_name"] == model_name and self.cooldown.get(d["model_info"]["id"], 0) <= now
        ]

    async def _call(self, dep: dict, payload: dict) -> httpx.Response:
        params = dep["litellm_params"]
        api_key = params["api_key"]
        headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
        router_log.debug("-> %s %s headers=%s", params["api_base"], params["model"], headers)
        return await self.http.post(f"{params['api_base']}/chat/completions", json={**payload, "model": params["model"]}, headers=headers)

    async def completion(self, model_name: str, payload: dict) -> dict:
        candidates = self._healthy(model_name)
        random.shuffle(candidates)
        last_status = None
        for dep in candidates[:MAX_FALLBACKS]:
            resp = await self._call(dep, payload)
            if resp.status_code < 400:
                return resp.json()
            last_status = resp.status_code
            dep_id = dep["model_info"]["id"]
            self.cooldown[dep_id] = asyncio.get_running_loop().time() + COOLDOWN_SECONDS
            router_log.warning("deployment %s returned %s: %s", dep_id, resp.status_code, resp.text[:200])
            if resp.status_code == 401:
                router_log.error("deployment %s has a bad key: %s", dep_id, dep["litellm_params"]["api_key"])
        raise RuntimeError(f"all deployments for {model_name} failed (last status {last_status})")

    async def aclose(self) -> None:
        await self.http.aclose()
