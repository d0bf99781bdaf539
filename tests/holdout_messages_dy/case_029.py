"""ElevenLabs text-to-speech over REST; hand-written because we only need three endpoints."""
import logging
import os
import time

import requests

logger = logging.getLogger("tts.elevenlabs")


class ElevenLabs:
    KEY_ENV = "ELEVENLABS_API_KEY"
    KEY_HEADER = "xi-api-key"

    def __init__(self, api_key=None, base_url="https://api.elevenlabs.io/v1", retries=3):
        self._xi_key = api_key or os.environ.get(self.KEY_ENV)
        if self._xi_key is None:
            raise EnvironmentError("pass api_key or set %s" % self.KEY_ENV)
        self.base_url = base_url
        self.retries = retries
        self.session = requests.Session()
        self.session.headers[self.KEY_HEADER] = self._xi_key
        logger.info("ElevenLabs client on %s, header %s, key ending %s", base_url, self.KEY_HEADER, self._xi_key[-4:])

    def _call(self, method, path, **kw):
        for attempt in range(self.retries):
            r = self.session.request(method, self.base_url + path, timeout=60, **kw)
            if r.status_code == 429:
                logger.info("concurrency limit hit, attempt %d", attempt + 1)
                time.sleep(1.0 + attempt)
                continue
            if r.status_code == 401:
                raise PermissionError("ElevenLabs refused %s=%s" % (self.KEY_HEADER, self._xi_key))
            r.raise_for_status()
            return r
        raise RuntimeError("ElevenLabs: too many 429s on " + path)

    def voices(self):
        voices = self._call("GET", "/voices").json()["voices"]
        logger.debug("%d voices", len(voices))
        return {v["name"]: v["voice_id"] for v in voices}

    def speak(self, text, voice_id, model_id="eleven_multilingual_v2"):
        r = self._call("POST", f"/text-to-speech/{voice_id}", json={"text": text, "model_id": model_id}, headers={"Accept": "audio/mpeg"})
        logger.info("tts %s: %d bytes, character-cost=%s", voice_id, len(r.content), r.headers.get("character-cost"))
        return r.content

    def usage(self):
        sub = self._call("GET", "/user/subscription").json()
        logger.info("tier=%s chars used %s/%s", sub["tier"], sub["character_count"], sub["character_limit"])
        if sub["character_count"] >= sub["character_limit"]:
            logger.warning("quota exhausted for key %s; rotate or upgrade", self._xi_key)
        return sub


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    el = ElevenLabs()
    el.usage()
    open("hello.mp3", "wb").write(el.speak("Hello from the build bot.", el.voices().get("Rachel", "21m00Tcm4TlvDq8ikWAM")))
