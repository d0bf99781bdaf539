import logging
import os
import sys

from loguru import logger
import assemblyai as aai

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))

aai.settings.api_key = os.environ["ASSEMBLYAI_API_KEY"]
logging.getLogger("httpx").setLevel(logging.WARNING)

CONFIG = aai.TranscriptionConfig(speaker_labels=True, language_detection=True, auto_chapters=False)


def transcribe(url_or_path: str):
    logger.info("transcribing {} (speakers={})", url_or_path, CONFIG.speaker_labels)
    t = aai.Transcriber(config=CONFIG).transcribe(url_or_path)
    if t.status == aai.TranscriptStatus.error:
        logger.error("transcript {} failed: {}", t.id, t.error)
        logger.debug("api key in settings: {}", aai.settings.api_key)
        return None
    logger.info("transcript {} lang={} words={}", t.id, t.json_response.get("language_code"), len(t.words or []))
    return t


def to_srt(t, chars_per_caption: int = 42) -> str:
    return t.export_subtitles_srt(chars_per_caption=chars_per_caption)


def main(argv):
    if len(argv) < 2:
        logger.error("usage: {} FILE_OR_URL...", argv[0])
        return 2
    failures = 0
    for item in argv[1:]:
        t = transcribe(item)
        if t is None:
            failures += 1
            continue
        out = os.path.splitext(os.path.basename(item))[0] + ".srt"
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(to_srt(t))
        logger.success("wrote {}", out)
    if failures:
        logger.warning("{} failures; key prefix {}", failures, aai.settings.api_key[:4])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
