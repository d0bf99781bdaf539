"""Async post-call pipeline: recording -> AssemblyAI transcript -> Claude summary -> CRM note."""
import asyncio
import logging
import os

import httpx
from anthropic import AsyncAnthropic

log = logging.getLogger("postcall")

AAI_BASE = "https://api.assemblyai.com/v2"


class PostCallPipeline:
    def __init__(self):
        self.aai_key = os.environ["ASSEMBLYAI_API_KEY"]
        self.crm_token = os.environ["CRM_API_TOKEN"]
        self.claude = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        self.http = httpx.AsyncClient(timeout=30)
        self.summary_max_tokens = 300

    async def transcribe(self, recording_url: str) -> str:
        resp = await self.http.post(f"{AAI_BASE}/transcript", headers={"authorization": self.aai_key}, json={"audio_url": recording_url, "speaker_labels": True})
        if resp.status_code == 401:
            raise PermissionError(f"AssemblyAI refused key {self.aai_key}")
        job_id = resp.json()["id"]
        while True:
            poll = await self.http.get(f"{AAI_BASE}/transcript/{job_id}", headers={"authorization": self.aai_key})
            data = poll.json()
            if data["status"] in ("completed", "error"):
                break
            await asyncio.sleep(3)
        if data["status"] == "error":
            raise RuntimeError(f"transcript {job_id} failed: {data.get('error')}")
        return data["text"]

    async def summarise(self, transcript: str) -> str:
        msg = await self.claude.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=self.summary_max_tokens,
            messages=[{"role": "user", "content": f"Summarise this support call in 5 bullets:\n{transcript}"}],
        )
        log.info("summary: in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    async def push_note(self, ticket_id: str, note: str) -> None:
        resp = await self.http.post(f"https://crm.internal/api/tickets/{ticket_id}/notes", headers={"X-Api-Token": self.crm_token}, json={"body": note})
        if resp.status_code >= 300:
            log.error("crm note for %s failed (%s); token=%s", ticket_id, resp.status_code, self.crm_token)

    async def run(self, ticket_id: str, recording_url: str) -> None:
        text = await self.transcribe(recording_url)
        await self.push_note(ticket_id, await self.summarise(text))
        log.info("ticket %s done (summary_max_tokens=%d)", ticket_id, self.summary_max_tokens)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(PostCallPipeline().run("T-1042", "https://recordings.example.net/rec/abc.wav"))
