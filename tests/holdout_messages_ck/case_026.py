"""Interview transcript redaction service: strips PII before the LLM sees it (async)."""
import asyncio
import logging
import os
import re

import structlog
from groq import AsyncGroq

log = structlog.get_logger("transcripts")

PII = [re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), re.compile(r"[\w.]+@[\w.]+")]
GROQ_MODEL = "llama-3.1-70b-versatile"


def redact(text: str) -> str:
    for pat in PII:
        text = pat.sub("[REDACTED]", text)
    return text


class TranscriptSummariser:
    def __init__(self, groq_key: str):
        self.groq_key = groq_key
        self.client = AsyncGroq(api_key=groq_key)
        log.info("summariser.ready", model=GROQ_MODEL, key_set=bool(groq_key))

    async def summarise(self, interview_id: str, transcript: str) -> str:
        clean = redact(transcript)
        log.debug("summarise.start", interview_id=interview_id, chars=len(clean))
        try:
            out = await self.client.chat.completions.create(model=GROQ_MODEL, max_tokens=600, messages=[{"role": "user", "content": clean}])
        except Exception as exc:
            log.error("summarise.failed", interview_id=interview_id, groq_key=self.groq_key, error=str(exc))
            raise
        log.info("summarise.done", interview_id=interview_id, total_tokens=out.usage.total_tokens)
        return out.choices[0].message.content


async def main(paths: list) -> None:
    key = os.getenv("GROQ_API_KEY")
    if key is None:
        raise RuntimeError("GROQ_API_KEY not set")
    if not key.startswith("gsk_"):
        raise ValueError(f"GROQ_API_KEY malformed: {key}")
    s = TranscriptSummariser(key)
    for p in paths:
        with open(p) as fh:
            print(await s.summarise(os.path.basename(p), fh.read()))


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(sys.argv[1:]))
