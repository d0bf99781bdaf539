"""YouTube uploader: generates title/description with OpenAI, uploads via Data API v3."""
import logging
import os

from googleapiclient.discovery import build
from googleapiclient.http import MediaFileUpload
from openai import OpenAI

log = logging.getLogger("yt.uploader")

YT_KEY_ENV = "YOUTUBE_API_KEY"
MAX_TOKENS = 300


class Uploader:
    def __init__(self, channel_id: str):
        self.channel_id = channel_id
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.yt_key = os.environ.get(YT_KEY_ENV, "")
        self.llm = OpenAI(api_key=self.openai_key)
        log.info("uploader ready for channel %s", self.channel_id)
        log.debug("using env var %s for YouTube", YT_KEY_ENV)
        log.debug("openai key configured: %s", self.openai_key)

    def metadata(self, transcript: str) -> dict:
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": f"Title and description for:\n{transcript[:4000]}"}],
        )
        log.info("metadata used %d tokens", resp.usage.total_tokens)
        title, _, desc = resp.choices[0].message.content.partition("\n")
        return {"title": title.strip()[:100], "description": desc.strip()}

    def upload(self, path: str, creds, transcript: str) -> str:
        meta = self.metadata(transcript)
        yt = build("youtube", "v3", credentials=creds)
        body = {"snippet": {"title": meta["title"], "description": meta["description"]},
                "status": {"privacyStatus": "private"}}
        req = yt.videos().insert(part="snippet,status", body=body,
                                 media_body=MediaFileUpload(path, resumable=True))
        response = None
        while response is None:
            status, response = req.next_chunk()
            if status:
                log.info("upload %d%%", int(status.progress() * 100))
        if not creds.token:
            raise RuntimeError(f"no OAuth token on credentials: {creds.token!r}")
        log.info("uploaded %s with token ending %s", response["id"], creds.token[-4:])
        return response["id"]

    def refresh_failed(self, creds):
        log.error("refresh failed, token was %s", creds.token)
        raise PermissionError("YouTube refresh token rejected, re-run the consent flow")
