"""ElevenLabs voice client used by the dubbing worker."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

logger = logging.getLogger(__name__)

XI_HEADER = "xi-api-key"


@dataclass
class VoiceSettings:
    stability: float = 0.5
    similarity_boost: float = 0.75


@dataclass
class ElevenLabsClient:
    api_key: str = field(default_factory=lambda: os.environ["ELEVENLABS_API_KEY"])
    base_url: str = "https://api.elevenlabs.io/v1"
    model_id: str = "eleven_multilingual_v2"

    def _headers(self):
        return {XI_HEADER: self.api_key, "accept": "audio/mpeg"}

    def synthesize(self, voice_id: str, text: str, settings: VoiceSettings | None = None) -> bytes:
        settings = settings or VoiceSettings()
        body = {"text": text, "model_id": self.model_id, "voice_settings": settings.__dict__}
        logger.debug("tts %s model=%s chars=%d", voice_id, self.model_id, len(text))
        logger.debug("tts headers %s", self._headers())
        r = requests.post(f"{self.base_url}/text-to-speech/{voice_id}", json=body, headers=self._headers(), timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"ElevenLabs refused key {self.api_key} for voice {voice_id}")
        if not r.ok:
            raise RuntimeError(f"tts failed: {r.status_code} {r.text[:200]}")
        return r.content

    def quota(self) -> dict:
        r = requests.get(f"{self.base_url}/user/subscription", headers=self._headers(), timeout=10)
        data = r.json()
        logger.info("quota %s/%s chars, header %s", data["character_count"], data["character_limit"], XI_HEADER)
        return data


def dub_line(client: ElevenLabsClient, voice_id: str, line: str) -> bytes:
    try:
        return client.synthesize(voice_id, line)
    except PermissionError:
        logger.exception("voice %s unavailable", voice_id)
        raise
