"""Bates stamping and PII redaction for a production set (PyMuPDF + Mistral for names)."""
import logging
import os
import re

import fitz  # PyMuPDF
import requests

logger = logging.getLogger("bates")

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
MISTRAL_MODEL = "mistral-small-latest"
SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")


def mistral_key() -> str:
    key = os.environ.get("MISTRAL_API_KEY")
    if not key:
        raise EnvironmentError("MISTRAL_API_KEY is not set")
    return key


def find_names(text: str, api_key: str) -> list[str]:
    resp = requests.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {api_key}"},
        json={"model": MISTRAL_MODEL, "max_tokens": 300, "messages": [{"role": "user", "content": "List person names, one per line:\n" + text}]},
        timeout=60,
    )
    if resp.status_code == 401:
        raise PermissionError(f"Mistral rejected key {api_key} (model {MISTRAL_MODEL})")
    if resp.status_code != 200:
        logger.warning("Mistral %s: %s", resp.status_code, resp.text[:200])
        return []
    usage = resp.json()["usage"]
    logger.debug("name pass used %d prompt / %d completion tokens", usage["prompt_tokens"], usage["completion_tokens"])
    return [n.strip() for n in resp.json()["choices"][0]["message"]["content"].splitlines() if n.strip()]


def stamp(pdf_in: str, pdf_out: str, prefix: str, start: int) -> int:
    key = mistral_key()
    doc = fitz.open(pdf_in)
    number = start
    for page in doc:
        text = page.get_text()
        hits = SSN_RE.findall(text) + find_names(text, key)
        for hit in hits:
            for rect in page.search_for(hit):
                page.add_redact_annot(rect, fill=(0, 0, 0))
        page.apply_redactions()
        page.insert_text((page.rect.width - 140, page.rect.height - 20), f"{prefix}{number:07d}", fontsize=9)
        number += 1
    doc.save(pdf_out)
    logger.info("stamped %s..%s into %s", f"{prefix}{start:07d}", f"{prefix}{number - 1:07d}", pdf_out)
    return number


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    key = mistral_key()
    logger.debug("Mistral key loaded: %s", key)
    logger.info("key source MISTRAL_API_KEY, model %s", MISTRAL_MODEL)
    nxt = stamp("in/volume1.pdf", "out/volume1_bates.pdf", "ACME", 1)
    print(f"next Bates number: ACME{nxt:07d}")
