"""Public-health hotline transcription + summary pipeline (AssemblyAI + OpenAI)."""
import logging
import os
from pathlib import Path

import assemblyai as aai
from openai import OpenAI

hl = logging.getLogger("health.hotline")

AAI_KEY = os.environ.get("ASSEMBLYAI_API_KEY", "")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
aai.settings.api_key = AAI_KEY


def transcribe(path: Path) -> str:
    config = aai.TranscriptionConfig(redact_pii=True, redact_pii_policies=[aai.PIIRedactionPolicy.person_name])
    t = aai.Transcriber(config=config).transcribe(str(path))
    if t.status == aai.TranscriptStatus.error:
        hl.error("transcription failed for %s: %s", path.name, t.error)
        raise RuntimeError(f"transcription failed for {path.name}")
    hl.info("transcript %s: %d words", t.id, len(t.words or []))
    return t.text


def summarise(text: str) -> str:
    client = OpenAI(api_key=OPENAI_KEY)
    r = client.chat.completions.create(
        model="gpt-4o", max_tokens=250,
        messages=[{"role": "system", "content": "Summarise a public-health hotline call; no names."},
                  {"role": "user", "content": text}])
    hl.info("summary tokens: prompt=%d completion=%d", r.usage.prompt_tokens, r.usage.completion_tokens)
    return r.choices[0].message.content


def check_keys():
    missing = [name for name, value in (("ASSEMBLYAI_API_KEY", AAI_KEY), ("OPENAI_API_KEY", OPENAI_KEY)) if not value]
    if missing:
        raise RuntimeError(f"missing credentials: {', '.join(missing)}")
    hl.debug("using AssemblyAI key %s and OpenAI key %s", AAI_KEY, OPENAI_KEY)


if __name__ == "__main__":
    check_keys()
    for wav in sorted(Path("inbox").glob("*.wav")):
        summary = summarise(transcribe(wav))
        Path("summaries", wav.stem + ".txt").write_text(summary)
        hl.info("summarised %s", wav.name)
