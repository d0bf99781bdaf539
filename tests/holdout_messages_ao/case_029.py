"""Tesseract OCR microservice: OCR an uploaded scan, POST the text to the caller's callback."""
import hashlib
import hmac
import io
import json
import logging
import os

import pytesseract
import requests
from PIL import Image

logger = logging.getLogger("ocr.tesseract")

CALLBACK_SECRET = os.environ.get("OCR_CALLBACK_SECRET", "")
SIGNATURE_HEADER = "X-OCR-Signature"
LANGS = os.getenv("OCR_LANGS", "eng+deu")


def ocr_bytes(data: bytes) -> str:
    img = Image.open(io.BytesIO(data))
    logger.info("image %sx%s mode=%s langs=%s", img.width, img.height, img.mode, LANGS)
    return pytesseract.image_to_string(img, lang=LANGS)


def deliver(callback_url: str, job_id: str, text: str) -> int:
    payload = json.dumps({"job_id": job_id, "text": text}).encode()
    sig = hmac.new(CALLBACK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    resp = requests.post(callback_url, data=payload, headers={SIGNATURE_HEADER: sig, "Content-Type": "application/json"}, timeout=15)
    logger.info("callback %s for job %s -> %s", callback_url, job_id, resp.status_code)
    if resp.status_code == 401:
        logger.error("callback rejected signature; signing secret in use: %s", CALLBACK_SECRET)
    return resp.status_code


def handle(job: dict) -> None:
    if not CALLBACK_SECRET:
        logger.warning("OCR_CALLBACK_SECRET empty (%r); callbacks are unsigned", CALLBACK_SECRET)
    text = ocr_bytes(job["image"])
    logger.info("job %s: %d chars", job["id"], len(text))
    deliver(job["callback_url"], job["id"], text)


def selftest() -> None:
    logger.info("secret configured: %s (%d chars), header %s", bool(CALLBACK_SECRET), len(CALLBACK_SECRET), SIGNATURE_HEADER)
    with open(os.path.join(os.path.dirname(__file__), "sample.png"), "rb") as fh:
        print(ocr_bytes(fh.read())[:200])


if __name__ == "__main__":
    selftest()
