"""TTS narration for the audiobook exporter (ElevenLabs-style API)."""
import logging
import pathlib

import keyring
import requests

SERVICE = "story-forge"
log = logging.getLogger("storyforge.tts")


class Narrator:
    BASE = "https://api.elevenlabs.io/v1"

    def __init__(self, voice_id: str, user: str):
        self.voice_id = voice_id
        self.user = user
        self.xi_key = keyring.get_password(SERVICE, f"{user}:elevenlabs")
        self.session = requests.Session()
        self.session.headers.update({"xi-api-key": self.xi_key or "", "Accept": "audio/mpeg"})

    def check(self) -> None:
        if self.xi_key is None:
            raise LookupError(f"no ElevenLabs key in keyring service {SERVICE!r} for {self.user}")
        r = self.session.get(f"{self.BASE}/user/subscription", timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"ElevenLabs rejected key {self.xi_key} for {self.user}")
        sub = r.json()
        log.info("chars used %s of %s", sub["character_count"], sub["character_limit"])

    def narrate(self, chapter: str, text: str, out_dir: pathlib.Path) -> pathlib.Path:
        payload = {"text": text, "model_id": "eleven_multilingual_v2",
                   "voice_settings": {"stability": 0.4, "similarity_boost": 0.8}}
        r = self.session.post(f"{self.BASE}/text-to-speech/{self.voice_id}", json=payload, timeout=120)
        if not r.ok:
            log.error("tts failed for %s: %s %s", chapter, r.status_code, r.text[:300])
            log.debug("session headers were %s", self.session.headers)
            r.raise_for_status()
        out = out_dir / f"{chapter}.mp3"
        out.write_bytes(r.content)
        log.info("wrote %s (%d bytes)", out, len(r.content))
        return out


def export_book(chapters: dict[str, str], voice_id: str, user: str, out_dir: str) -> list[pathlib.Path]:
    narrator = Narrator(voice_id, user)
    narrator.check()
    target = pathlib.Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    files = []
    for name, text in chapters.items():
        files.append(narrator.narrate(name, text, target))
    log.info("exported %d chapters for %s", len(files), user)
    return files
