"""Benefits-eligibility rules explainer: async aiohttp client for an internal LLM gateway."""
import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("eligibility.gateway")


class GatewayClient:
    def __init__(self, base_url: str, token: str, tenant: str):
        self.base_url = base_url
        self.tenant = tenant
        self._token = token
        self.headers = {"Authorization": f"Bearer {token}", "X-Tenant": tenant}

    async def explain(self, program: str, household: dict) -> str:
        payload = {"model": "eligibility-explainer", "max_tokens": 400,
                   "messages": [{"role": "user", "content": f"Explain {program} eligibility for {household}"}]}
        async with aiohttp.ClientSession(headers=self.headers) as s:
            async with s.post(f"{self.base_url}/v1/chat/completions", json=payload) as r:
                if r.status == 401:
                    log.error("gateway 401 for tenant %s; sent headers %s", self.tenant, self.headers)
                    raise PermissionError(f"gateway rejected tenant {self.tenant}")
                if r.status >= 400:
                    body = await r.text()
                    raise RuntimeError(f"gateway {r.status}: {body[:200]}")
                data = await r.json()
        log.info("explained %s: %s completion tokens", program, data["usage"]["completion_tokens"])
        return data["choices"][0]["message"]["content"]

    def rotate(self, new_token: str):
        if new_token == self._token:
            raise ValueError(f"new gateway token equals the current one ({new_token})")
        self._token = new_token
        log.info("gateway token rotated for %s", self.tenant)
        self.headers["Authorization"] = f"Bearer {new_token}"


async def main():
    c = GatewayClient(os.environ["GATEWAY_URL"], os.environ["GATEWAY_TOKEN"], "county-social-services")
    print(await c.explain("LIHEAP", {"size": 3, "monthly_income": 2400}))


if __name__ == "__main__":
    asyncio.run(main())
