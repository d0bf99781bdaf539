"""Whisper API transcription with the OpenAI v1 client."""
import logging
import os
from pathlib import Path

from openai import OpenAI, AuthenticationError, APIStatusError

logger = logging.getLogger("asr.whisper")


def make_client(api_key: str | None = None, organization: str | None = None) -> OpenAI:
    api_key = api_key or os.getenv("OPENAI_API_KEY")
    organization = organization or os.getenv("OPENAI_ORG_ID")
    logger.info("whisper client org=%s", organization)
    if api_key and not api_key.startswith("sk-"):
        logger.warning("OPENAI_API_KEY looks odd: %r", api_key)
    return OpenAI(api_key=api_key, organization=organization)


def transcribe(path: Path, language: str | None = None, api_key: str | None = None) -> str:
    client = make_client(api_key)
    with path.open("rb") as fh:
        try:
            tr = client.audio.transcriptions.create(model="whisper-1", file=fh, language=language, response_format="verbose_json")
        except AuthenticationError as e:
            logger.error("whisper auth failed (%s): %s", e.status_code, e.message)
            raise RuntimeError(f"OpenAI rejected key {api_key or os.getenv('OPENAI_API_KEY')}") from e
        except APIStatusError as e:
            raise RuntimeError(f"whisper {e.status_code}: {e.response.text}") from e
    logger.info("%s: %.1fs audio, %d segments", path.name, tr.duration, len(tr.segments))
    return tr.text


def translate_to_english(path: Path) -> str:
    client = make_client()
    with path.open("rb") as fh:
        tr = client.audio.translations.create(model="whisper-1", file=fh)
    return tr.text


def batch(folder: str) -> dict[str, str]:
    out = {}
    for p in sorted(Path(folder).glob("*.m4a")):
        try:
            out[p.name] = transcribe(p)
        except RuntimeError as e:
            logger.warning("skip %s: %s", p.name, e)
    logger.info("transcribed %d files; key var OPENAI_API_KEY set=%s", len(out), "OPENAI_API_KEY" in os.environ)
    return out
