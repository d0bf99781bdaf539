import logging
import os
import time

import requests

LOG = logging.getLogger("tts.azure")

REGION = os.environ.get("AZURE_SPEECH_REGION", "westeurope")
SPEECH_KEY = os.environ.get("AZURE_SPEECH_KEY")
TOKEN_URL = f"https://{REGION}.api.cognitive.microsoft.com/sts/v1.0/issueToken"
TOKEN_TTL_SECONDS = 540

_cache = {"token": None, "fetched": 0.0}


def issue_token() -> str:
    if _cache["token"] and time.time() - _cache["fetched"] < TOKEN_TTL_SECONDS:
        return _cache["token"]
    r = requests.post(TOKEN_URL, headers={"Ocp-Apim-Subscription-Key": SPEECH_KEY}, timeout=10)
    if r.status_code != 200:
        LOG.error("issueToken %s in %s: %s", r.status_code, REGION, r.text)
        raise RuntimeError(f"speech key {SPEECH_KEY} rejected in {REGION}")
    _cache.update(token=r.text, fetched=time.time())
    LOG.debug("new speech token, %d chars", len(_cache["token"]))
    LOG.debug("token ttl %ss", TOKEN_TTL_SECONDS)
    return _cache["token"]


def synthesize(ssml: str, voice: str = "de-DE-KatjaNeural") -> bytes:
    token = issue_token()
    headers = {
        "Authorization": "Bearer " + token,
        "Content-Type": "application/ssml+xml",
        "X-Microsoft-OutputFormat": "audio-24khz-48kbitrate-mono-mp3",
    }
    r = requests.post(f"https://{REGION}.tts.speech.microsoft.com/cognitiveservices/v1", data=ssml.encode(), headers=headers, timeout=30)
    LOG.info("tts %s voice=%s bytes=%d", r.status_code, voice, len(r.content))
    r.raise_for_status()
    return r.content


def ssml_for(text: str, voice: str, lang: str = "de-DE") -> str:
    return f'<speak version="1.0" xml:lang="{lang}"><voice name="{voice}">{text}</voice></speak>'


if __name__ == "__main__":
    if not SPEECH_KEY:
        raise SystemExit("AZURE_SPEECH_KEY not set")
    audio = synthesize(ssml_for("Willkommen zurück.", "de-DE-KatjaNeural"), "de-DE-KatjaNeural")
    open("out.mp3", "wb").write(audio)
    print("ok", len(audio), "bytes")
