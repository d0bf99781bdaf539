"""Interview transcript summariser: Zoom cloud recording -> Whisper -> summary for the hiring panel."""
import asyncio
import logging
import os

import httpx
from openai import AsyncOpenAI

logger = logging.getLogger("transcripts")


class TranscriptPipeline:
    def __init__(self, zoom_token: str, openai_key: str | None = None):
        self.zoom_token = zoom_token
        self.openai = AsyncOpenAI(api_key=openai_key or os.environ["OPENAI_API_KEY"])
        self.summary_max_tokens = 900
        self.token_budget_per_day = 2_000_000

    async def download(self, meeting_id: str) -> bytes:
        async with httpx.AsyncClient(timeout=120) as http:
            meta = await http.get(f"https://api.zoom.us/v2/meetings/{meeting_id}/recordings", headers={"Authorization": f"Bearer {self.zoom_token}"})
            logger.info("recordings for %s: %s", meeting_id, meta.status_code)
            if meta.status_code == 401:
                raise PermissionError(f"zoom token expired or invalid: {self.zoom_token}")
            files = [f for f in meta.json()["recording_files"] if f["file_type"] == "M4A"]
            audio = await http.get(files[0]["download_url"], headers={"Authorization": f"Bearer {self.zoom_token}"}, follow_redirects=True)
            logger.debug("downloaded %d bytes", len(audio.content))
            return audio.content

    async def summarise(self, meeting_id: str) -> str:
        audio = await self.download(meeting_id)
        tr = await self.openai.audio.transcriptions.create(model="whisper-1", file=("interview.m4a", audio))
        out = await self.openai.chat.completions.create(model="gpt-4o", max_tokens=self.summary_max_tokens, messages=[{"role": "system", "content": "Summarise this interview for the hiring panel. No protected characteristics."}, {"role": "user", "content": tr.text}])
        logger.info("summary for %s used %d tokens of %d daily budget", meeting_id, out.usage.total_tokens, self.token_budget_per_day)
        return out.choices[0].message.content


async def run(meeting_ids: list[str]) -> None:
    zoom_token = os.environ.get("ZOOM_S2S_TOKEN")
    if zoom_token is None:
        logger.error("ZOOM_S2S_TOKEN unset: %r", zoom_token)
        return
    pipe = TranscriptPipeline(zoom_token)
    results = await asyncio.gather(*(pipe.summarise(m) for m in meeting_ids), return_exceptions=True)
    for mid, res in zip(meeting_ids, results):
        if isinstance(res, Exception):
            logger.error("meeting %s failed: %s", mid, type(res).__name__)
        else:
            print(f"== {mid} ==\n{res}\n")
    logger.debug("pipeline zoom token %s", pipe.zoom_token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(os.environ.get("MEETINGS", "").split(",")))
