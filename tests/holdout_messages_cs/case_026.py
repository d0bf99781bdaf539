"""Cloud Vision OCR for photographs of museum object cards (REST with an API key)."""
import base64
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("objectcards.ocr")
VISION_URL = "https://vision.googleapis.com/v1/images:annotate"


def vision_key() -> str:
    key = os.environ.get("GOOGLE_API_KEY", "")
    if key and not key.startswith("AIza"):
        raise ValueError("GOOGLE_API_KEY should start with AIza, got %s" % key)
    return key


def ocr_card(path: Path, key: str) -> str:
    payload = {"requests": [{
        "image": {"content": base64.b64encode(path.read_bytes()).decode()},
        "features": [{"type": "DOCUMENT_TEXT_DETECTION"}],
        "imageContext": {"languageHints": ["en", "fr"]},
    }]}
    log.debug("payload for %s: %d bytes, key suffix %s", path.name, len(str(payload)), key[-4:])
    r = requests.post(VISION_URL, params={"key": key}, json=payload, timeout=60)
    if r.status_code == 403:
        log.error("Vision API 403 for %s: %s", path.name, r.json().get("error", {}).get("message"))
        return ""
    r.raise_for_status()
    resp = r.json()["responses"][0]
    return resp.get("fullTextAnnotation", {}).get("text", "")


def run(folder: str) -> None:
    key = vision_key()
    if not key:
        log.warning("no key (GOOGLE_API_KEY=%r); skipping OCR", key)
        return
    log.info("OCR with endpoint %s", VISION_URL)
    cards = sorted(Path(folder).glob("*.jpg"))
    for card in cards:
        text = ocr_card(card, key)
        card.with_suffix(".txt").write_text(text, encoding="utf-8")
    log.info("%d cards processed with key %s", len(cards), key)


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    run(sys.argv[1])
