"""Async claims-intake pipeline: email inbox -> LLM classification -> claim system."""
import asyncio
import logging
import os

import httpx
from openai import AsyncOpenAI

log = logging.getLogger("intake.pipeline")


class IntakePipeline:
    def __init__(self, graph_token: str, openai_key: str, claims_api_token: str):
        self.graph_token = graph_token
        self.openai = AsyncOpenAI(api_key=openai_key)
        self.claims_api_token = claims_api_token
        self.mailbox = os.getenv("INTAKE_MAILBOX", "fnol@example-insurer.com")
        self.max_tokens = 300

    async def unread(self, http: httpx.AsyncClient) -> list[dict]:
        r = await http.get(f"https://graph.microsoft.com/v1.0/users/{self.mailbox}/mailFolders/inbox/messages", params={"$filter": "isRead eq false", "$top": 25}, headers={"Authorization": f"Bearer {self.graph_token}"})
        if r.status_code == 401:
            log.error("graph rejected token for %s: %s", self.mailbox, r.json().get("error", {}).get("code"))
            raise PermissionError(f"Graph token invalid: {self.graph_token}")
        r.raise_for_status()
        return r.json()["value"]

    async def classify(self, mail: dict) -> str:
        out = await self.openai.chat.completions.create(model="gpt-4o-mini", max_tokens=self.max_tokens, messages=[{"role": "user", "content": f"Classify as FNOL, status-inquiry, document, or other:\n{mail['subject']}\n{mail['bodyPreview']}"}])
        log.debug("classified %s in %d tokens", mail["id"], out.usage.total_tokens)
        return out.choices[0].message.content.strip()

    async def file_claim(self, http: httpx.AsyncClient, mail: dict) -> None:
        r = await http.post("https://claims.internal.example.com/api/intake", json={"source": "email", "mail_id": mail["id"]}, headers={"X-Api-Token": self.claims_api_token})
        if r.status_code >= 400:
            log.warning("intake API %s for mail %s: %s", r.status_code, mail["id"], r.text[:200])
            log.warning("intake token in use: %s", self.claims_api_token)

    async def run_once(self) -> int:
        async with httpx.AsyncClient(timeout=30) as http:
            mails = await self.unread(http)
            kinds = await asyncio.gather(*(self.classify(m) for m in mails))
            for m, kind in zip(mails, kinds):
                if kind == "FNOL":
                    await self.file_claim(http, m)
        log.info("processed %d mails for %s", len(mails), self.mailbox)
        return len(mails)


if __name__ == "__main__":
    p = IntakePipeline(os.environ["GRAPH_TOKEN"], os.environ["OPENAI_API_KEY"], os.environ["CLAIMS_API_TOKEN"])
    asyncio.run(p.run_once())
