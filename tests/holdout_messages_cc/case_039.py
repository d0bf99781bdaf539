"""Accessibility captioner for lecture videos: Whisper via OpenAI, uploads to the LMS media API."""
import logging
import os
import pathlib

import requests
from openai import OpenAI

cap_log = logging.getLogger("captions")


class Captioner:
    def __init__(self, lms_url: str, lms_key: str, openai_key: str | None = None):
        self.lms_url = lms_url
        self.lms_key = lms_key
        self.oa = OpenAI(api_key=openai_key or os.environ["OPENAI_API_KEY"])
        self.language = "en"

    def transcribe(self, video: pathlib.Path) -> str:
        with video.open("rb") as fh:
            vtt = self.oa.audio.transcriptions.create(model="whisper-1", file=fh, response_format="vtt",
                                                       language=self.language)
        cap_log.info("transcribed %s (%d chars, lang %s)", video.name, len(vtt), self.language)
        return vtt

    def upload(self, media_id: str, vtt: str):
        r = requests.put(f"{self.lms_url}/api/media/{media_id}/captions/{self.language}",
                         data=vtt.encode(), headers={"X-LMS-Key": self.lms_key, "Content-Type": "text/vtt"},
                         timeout=60)
        if r.status_code == 401:
            cap_log.error("LMS rejected key %s for media %s", self.lms_key, media_id)
        elif not r.ok:
            cap_log.error("upload of %s failed: %s", media_id, r.status_code)
        return r.ok

    def run(self, folder: pathlib.Path):
        done = 0
        for video in sorted(folder.glob("*.mp4")):
            if self.upload(video.stem, self.transcribe(video)):
                done += 1
        cap_log.info("%d/%d videos captioned", done, len(list(folder.glob("*.mp4"))))


if __name__ == "__main__":
    c = Captioner(os.environ["LMS_URL"], os.environ["LMS_MEDIA_KEY"])
    cap_log.info("captioner for %s, key set %s", c.lms_url, bool(c.lms_key))
    c.run(pathlib.Path(os.environ.get("VIDEO_DIR", "videos")))
