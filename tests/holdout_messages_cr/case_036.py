"""ATIS transcriber: records the ATIS frequency stream, Whisper transcript, LLM extracts the information letter."""
import logging
import os
import subprocess
import tempfile

from openai import OpenAI

atis_log = logging.getLogger("atis")

STREAM_URL_TMPL = "https://{user}:{password}@feeds.atc-audio.example/{icao}_atis.mp3"


def stream_url(icao: str) -> str:
    user = os.environ["ATC_AUDIO_USER"]
    password = os.environ["ATC_AUDIO_PASS"]
    if not password:
        raise KeyError(f"ATC_AUDIO_PASS empty for {user} (value {password!r})")
    return STREAM_URL_TMPL.format(user=user, password=password, icao=icao.lower())


def record(icao: str, seconds: int = 45) -> str:
    url = stream_url(icao)
    out = tempfile.NamedTemporaryFile(suffix=".mp3", delete=False).name
    atis_log.debug("recording from %s", url)
    proc = subprocess.run(["ffmpeg", "-y", "-t", str(seconds), "-i", url, out], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed for {url}: {proc.stderr[-300:]}")
    atis_log.info("recorded %ss of %s ATIS to %s", seconds, icao, out)
    return out


def transcribe(path: str) -> str:
    client = OpenAI()
    with open(path, "rb") as fh:
        tr = client.audio.transcriptions.create(model="whisper-1", file=fh)
    return tr.text


def information_letter(transcript: str) -> str:
    client = OpenAI()
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=10,
        messages=[{"role": "user", "content": f"Reply with only the ATIS information letter: {transcript}"}],
    )
    return out.choices[0].message.content.strip()


def run(icao: str) -> dict:
    atis_log.info("ATIS audio user %s", os.environ.get("ATC_AUDIO_USER"))
    path = record(icao)
    text = transcribe(path)
    letter = information_letter(text)
    atis_log.info("%s information %s (%d chars)", icao, letter, len(text))
    return {"icao": icao, "letter": letter, "text": text}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run(os.getenv("ATIS_ICAO", "KSFO")))
