"""Async board-packet builder: gathers finance, program and development updates."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ModelRedError, ServerError

log = logging.getLogger("board.packet")


class PacketBuilder:
    def __init__(self, quickbooks_token: str, openai_key: str, mr_key: str):
        self.quickbooks_token = quickbooks_token
        self.openai_key = openai_key
        self.mr_key = mr_key
        self.realm_id = os.environ.get("QBO_REALM_ID", "")
        self.headers = {"Authorization": f"Bearer {openai_key}", "Content-Type": "application/json"}

    async def finance(self, client: httpx.AsyncClient):
        url = f"https://quickbooks.api.intuit.com/v3/company/{self.realm_id}/reports/ProfitAndLoss"
        r = await client.get(url, headers={"Authorization": f"Bearer {self.quickbooks_token}", "Accept": "application/json"})
        log.info("QBO P&L for realm %s: %s", self.realm_id, r.status_code)
        return r.json() if r.is_success else {}

    async def summarise(self, client: httpx.AsyncClient, sections: dict) -> str:
        body = {"model": "gpt-4o", "max_tokens": 1200, "messages": [{"role": "user", "content": f"Board packet summary: {sections}"}]}
        r = await client.post("https://api.openai.com/v1/chat/completions", headers=self.headers, json=body)
        if r.status_code >= 400:
            log.error("summary call failed %s; headers %s", r.status_code, self.headers)
            return ""
        log.info("summary request body keys %s", list(body))
        return r.json()["choices"][0]["message"]["content"]

    async def audit(self):
        async with AsyncModelRed(self.mr_key) as mr:
            try:
                await mr.create_assessment(model_id="board-summariser", probe_pack_ids=["hallucination"])
            except ServerError as e:
                log.warning("ModelRed server error %s", getattr(e, "status_code", None))
            except ModelRedError as e:
                log.error("ModelRed failed: %r", e)

    async def build(self):
        async with httpx.AsyncClient(timeout=30) as client:
            fin = await self.finance(client)
            text = await self.summarise(client, {"finance": fin})
        await self.audit()
        return text


if __name__ == "__main__":
    b = PacketBuilder(os.environ["QBO_ACCESS_TOKEN"], os.environ["OPENAI_API_KEY"], os.environ["MODELRED_API_KEY"])
    print(asyncio.run(b.build()))
    print("QBO token", b.quickbooks_token, file=open("packet.log", "a"))
