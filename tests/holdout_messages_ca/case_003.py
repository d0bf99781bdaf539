"""Async ambient-scribe pipeline: Deepgram transcription then an Anthropic summary."""
import asyncio
import logging
import os

import httpx
from anthropic import AsyncAnthropic
from modelred import AsyncModelRed, APIError, RateLimited

logger = logging.getLogger(__name__)

DEEPGRAM_URL = "https://api.deepgram.com/v1/listen?model=nova-2-medical&smart_format=true"


class ScribePipeline:
    def __init__(self):
        self.deepgram_key = os.environ["DEEPGRAM_API_KEY"]
        self.anthropic = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.max_tokens = 2048
        self.encounter_tokens = {}

    async def transcribe(self, audio: bytes, encounter_id: str) -> str:
        headers = {"Authorization": f"Token {self.deepgram_key}", "Content-Type": "audio/wav"}
        async with httpx.AsyncClient(timeout=60) as http:
            resp = await http.post(DEEPGRAM_URL, headers=headers, content=audio)
        if resp.status_code >= 400:
            logger.warning("deepgram %s for encounter %s: %s", resp.status_code, encounter_id, resp.text)
            raise RuntimeError(f"transcription failed ({resp.status_code}) using key {self.deepgram_key}")
        data = resp.json()
        return data["results"]["channels"][0]["alternatives"][0]["transcript"]

    async def summarise(self, transcript: str) -> str:
        msg = await self.anthropic.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Summarise for the chart:\n{transcript}"}],
        )
        logger.info("summary used %d input / %d output tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    async def red_team(self, model_id: str):
        async with AsyncModelRed(self.mr_key) as mr:
            try:
                return await mr.create_assessment(model_id=model_id, probe_pack_ids=["hipaa-phi"])
            except RateLimited as e:
                logger.info("rate limited, retry after %s", e.retry_after)
            except APIError as e:
                logger.error("ModelRed rejected request: %s (key %s)", type(e).__name__, self.mr_key)
        return None


async def main():
    p = ScribePipeline()
    text = await p.transcribe(open("visit.wav", "rb").read(), "enc-001")
    print(await p.summarise(text))


if __name__ == "__main__":
    asyncio.run(main())
