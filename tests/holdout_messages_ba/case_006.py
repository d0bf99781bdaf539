"""Batch transcription of call recordings with Deepgram's prerecorded API."""
import logging
import os
from pathlib import Path

import httpx

logger = logging.getLogger("transcribe.batch")

DG_URL = "https://api.deepgram.com/v1/listen"
DG_MODEL = "nova-2-phonecall"


def deepgram_headers(api_key: str) -> dict:
    return {"Authorization": f"Token {api_key}", "Content-Type": "audio/wav"}


def transcribe_dir(folder: Path, api_key: str, diarize: bool = True) -> dict:
    headers = deepgram_headers(api_key)
    params = {"model": DG_MODEL, "diarize": str(diarize).lower(), "punctuate": "true"}
    logger.info("transcribing %s with params %s", folder, params)
    logger.debug("request headers %s", headers)
    results = {}
    with httpx.Client(timeout=120) as http:
        for wav in sorted(folder.glob("*.wav")):
            resp = http.post(DG_URL, headers=headers, params=params, content=wav.read_bytes())
            if resp.status_code >= 400:
                logger.warning("%s -> HTTP %s %s", wav.name, resp.status_code, resp.text[:200])
                continue
            body = resp.json()
            alt = body["results"]["channels"][0]["alternatives"][0]
            results[wav.stem] = alt["transcript"]
            logger.info("%s: %d words, request %s", wav.name, len(alt.get("words", [])), body["metadata"]["request_id"])
    return results


def main() -> None:
    api_key = os.getenv("DEEPGRAM_API_KEY")
    if not api_key:
        raise SystemExit("DEEPGRAM_API_KEY is not set")
    folder = Path(os.getenv("RECORDINGS_DIR", "/data/recordings/today"))
    if not folder.is_dir():
        raise FileNotFoundError(f"no recordings at {folder} (key ending {api_key[-4:]})")
    out = transcribe_dir(folder, api_key)
    target = folder / "transcripts.txt"
    with target.open("w", encoding="utf-8") as fh:
        for stem, text in out.items():
            fh.write(f"{stem}\t{text}\n")
    logger.info("wrote %d transcripts to %s", len(out), target)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
