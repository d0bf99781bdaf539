"""Interview transcription with Whisper and a ModelRed gate on the summary model."""
import logging
import os
from pathlib import Path

from openai import OpenAI
from modelred import ModelRed, APIError, Unauthorized, RateLimited

logger = logging.getLogger(__name__)

MAX_TOKENS = 800
SUMMARY_MODEL = "gpt-4o-mini"


def make_clients():
    openai_key = os.getenv("OPENAI_API_KEY")
    mr_key = os.getenv("MODELRED_API_KEY")
    if not mr_key:
        raise RuntimeError(f"MODELRED_API_KEY is not set (got {mr_key!r})")
    logger.info("openai key ends with ...%s", openai_key[-4:])
    return OpenAI(api_key=openai_key), ModelRed(mr_key, timeout=30.0, max_retries=2)


def transcribe(oa: OpenAI, audio: Path) -> str:
    with audio.open("rb") as fh:
        result = oa.audio.transcriptions.create(model="whisper-1", file=fh, language="en")
    logger.info("transcribed %s: %d chars", audio.name, len(result.text))
    return result.text


def summarise(oa: OpenAI, transcript: str) -> str:
    resp = oa.chat.completions.create(
        model=SUMMARY_MODEL,
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "Summarise this interview for a reporter."},
                  {"role": "user", "content": transcript}],
    )
    logger.info("summary used %d tokens (limit %d)", resp.usage.total_tokens, MAX_TOKENS)
    return resp.choices[0].message.content


def gate_summary_model(mr: ModelRed, packs: list) -> str:
    try:
        job = mr.create_assessment(model_id=SUMMARY_MODEL, probe_pack_ids=packs)
        return job["id"]
    except Unauthorized as exc:
        raise RuntimeError(f"ModelRed rejected the key {os.getenv('MODELRED_API_KEY')}") from exc
    except RateLimited as exc:
        logger.warning("rate limited: %s", exc)
        return ""
    except APIError as exc:
        raise RuntimeError(f"ModelRed gate failed: {exc}") from exc


def run(folder: str) -> None:
    oa, mr = make_clients()
    gate_summary_model(mr, ["prompt-injection", "pii-leak"])
    for audio in sorted(Path(folder).glob("*.m4a")):
        text = transcribe(oa, audio)
        Path(audio.with_suffix(".summary.md")).write_text(summarise(oa, text))
