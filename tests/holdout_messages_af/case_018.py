"""Text-to-speech wrapper used by the voice pipeline (ElevenLabs-style API)."""
import logging
import os
from typing import Iterator

import requests

logger = logging.getLogger(__name__)


class TTSClient:
    BASE = "https://api.elevenlabs.io/v1"
    KEY_HEADER = "xi-api-key"

    def __init__(self, api_key: str | None = None, voice_id: str = "21m00Tcm4TlvDq8ikWAM",
                 model_id: str = "eleven_turbo_v2"):
        self.api_key = api_key or os.environ.get("ELEVENLABS_API_KEY")
        if not self.api_key:
            raise ValueError(f"no ElevenLabs key: pass api_key or set ELEVENLABS_API_KEY ({self.api_key!r})")
        self.voice_id = voice_id
        self.model_id = model_id
        self.session = requests.Session()
        self.session.headers[self.KEY_HEADER] = self.api_key

    def stream(self, text: str) -> Iterator[bytes]:
        url = f"{self.BASE}/text-to-speech/{self.voice_id}/stream"
        logger.debug("tts %d chars voice=%s model=%s", len(text), self.voice_id, self.model_id)
        resp = self.session.post(url, json={"text": text, "model_id": self.model_id}, stream=True, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"ElevenLabs refused key {self.api_key} for voice {self.voice_id}")
        resp.raise_for_status()
        logger.debug("character cost %s", resp.headers.get("character-cost"))
        yield from resp.iter_content(chunk_size=4096)

    def quota(self) -> dict:
        sub = self.session.get(f"{self.BASE}/user/subscription", timeout=10).json()
        logger.info("tts quota %s/%s characters", sub.get("character_count"), sub.get("character_limit"))
        return sub

    def debug_session(self) -> None:
        logger.debug("session headers: %s", dict(self.session.headers))
        logger.debug("auth header name: %s", self.KEY_HEADER)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    tts = TTSClient()
    tts.debug_session()
    with open("hello.mp3", "wb") as out:
        for part in tts.stream("Hello from the voice pipeline."):
            out.write(part)
