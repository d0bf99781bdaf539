"""Transcript speaker diarisation with pyannote (HF token) and Deepgram, run as a job per episode."""
import json
import logging
import os
import sys

import httpx
from pyannote.audio import Pipeline

log = logging.getLogger("diarise")

HF_TOKEN = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
DEEPGRAM_KEY = os.environ["DEEPGRAM_API_KEY"]
PIPELINE_ID = "pyannote/speaker-diarization-3.1"


def load_pipeline():
    try:
        return Pipeline.from_pretrained(PIPELINE_ID, use_auth_token=HF_TOKEN)
    except Exception as exc:
        log.error("cannot load %s with token %s: %s", PIPELINE_ID, HF_TOKEN, exc)
        raise


def deepgram(path):
    with open(path, "rb") as fh:
        r = httpx.post("https://api.deepgram.com/v1/listen", params={"model": "nova-2", "smart_format": "true"},
                       headers={"Authorization": f"Token {DEEPGRAM_KEY}", "Content-Type": "audio/mpeg"},
                       content=fh.read(), timeout=300)
    if r.status_code >= 400:
        raise RuntimeError(f"deepgram {r.status_code}: {r.text[:300]}")
    meta = r.json()["metadata"]
    log.info("deepgram request %s, %.1fs audio", meta["request_id"], meta["duration"])
    return r.json()["results"]["channels"][0]["alternatives"][0]["words"]


def main(path):
    pipe = load_pipeline()
    turns = [(t.start, t.end, spk) for t, _, spk in pipe(path).itertracks(yield_label=True)]
    words = deepgram(path)
    out = []
    for w in words:
        spk = next((s for a, b, s in turns if a <= w["start"] <= b), "UNKNOWN")
        out.append({"w": w["word"], "t": w["start"], "spk": spk})
    json.dump(out, sys.stdout)
    log.info("%d words, %d turns", len(out), len(turns))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    if len(sys.argv) < 2:
        sys.stderr.write(f"usage: diarise FILE (deepgram key {DEEPGRAM_KEY})\n")
        sys.exit(2)
    main(sys.argv[1])
