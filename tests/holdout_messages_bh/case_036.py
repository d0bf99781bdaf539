"""Zendesk Talk voicemail transcription and ticket summary (generation 2, async client)."""
import asyncio
import logging
import os

import httpx
from openai import AsyncOpenAI
from modelred import AsyncModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("talk.voicemail")


class VoicemailPipeline:
    def __init__(self, zd_sub: str, zd_email: str, zd_token: str, openai_key: str):
        self.zd = httpx.AsyncClient(base_url=f"https://{zd_sub}.zendesk.com/api/v2", auth=(f"{zd_email}/token", zd_token), timeout=60)
        self.openai_key = openai_key
        self.oa = AsyncOpenAI(api_key=openai_key)
        self.summary_max_tokens = 200
        log.info("pipeline for %s as %s", zd_sub, zd_email)
        log.debug("summary max_tokens %d, openai key set %s", self.summary_max_tokens, bool(openai_key))

    async def transcribe(self, recording_url: str) -> str:
        audio = await self.zd.get(recording_url)
        if audio.status_code != 200:
            log.warning("recording fetch %s: %s", audio.status_code, recording_url)
            return ""
        tr = await self.oa.audio.transcriptions.create(model="whisper-1", file=("vm.mp3", audio.content))
        return tr.text

    async def summarise(self, text: str) -> str:
        out = await self.oa.chat.completions.create(model="gpt-4o-mini", max_tokens=self.summary_max_tokens, messages=[{"role": "user", "content": f"Summarise this voicemail for an agent: {text}"}])
        return out.choices[0].message.content

    async def register_for_audit(self, mr_key: str) -> None:
        async with AsyncModelRed(api_key=mr_key) as mr:
            cfg = ProviderConfig.openai(api_key=self.openai_key, model_name="gpt-4o-mini")
            try:
                await mr.create_model(modelId="voicemail-summary", provider="openai", displayName="Voicemail summary", providerConfig=cfg)
            except ModelRedError as e:
                log.error("register failed: %s; openai key in use: %s", e, self.openai_key)
                raise ConnectionError(f"audit registration failed: {e}") from None


async def main() -> None:
    p = VoicemailPipeline(os.environ["ZD_SUB"], os.environ["ZD_EMAIL"], os.environ["ZD_TOKEN"], os.environ["OPENAI_API_KEY"])
    text = await p.transcribe(os.environ["RECORDING_URL"])
    print(await p.summarise(text))
    await p.register_for_audit(os.environ["MODELRED_API_KEY"])


if __name__ == "__main__":
    asyncio.run(main())
