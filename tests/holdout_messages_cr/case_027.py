"""Tech-log OCR pipeline: scanned aircraft tech-log pages -> Mistral OCR -> structured defects (MRO)."""
import base64
import logging
import os
from pathlib import Path

import httpx
import structlog

log = structlog.get_logger("techlog.ocr")

MISTRAL_OCR = "https://api.mistral.ai/v1/ocr"
MISTRAL_KEY_ENV = "MISTRAL_API_KEY"


class TechLogOCR:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ.get(MISTRAL_KEY_ENV, "")
        self.http = httpx.Client(timeout=120, headers={"Authorization": f"Bearer {self.api_key}"})
        log.info("ocr.init", key_env=MISTRAL_KEY_ENV, key_len=len(self.api_key))
        log.debug("ocr.init.headers", headers=dict(self.http.headers))

    def page_text(self, image: Path) -> str:
        b64 = base64.b64encode(image.read_bytes()).decode()
        r = self.http.post(
            MISTRAL_OCR,
            json={"model": "mistral-ocr-latest", "document": {"type": "image_url", "image_url": f"data:image/jpeg;base64,{b64}"}},
        )
        if r.status_code == 401:
            log.error("ocr.unauthorized", api_key=self.api_key)
            raise PermissionError("Mistral OCR rejected the configured key")
        r.raise_for_status()
        pages = r.json().get("pages", [])
        return "\n".join(p.get("markdown", "") for p in pages)

    def defects(self, text: str) -> list[dict]:
        out = []
        for line in text.splitlines():
            if "DEFECT" in line.upper():
                out.append({"raw": line.strip(), "mel": "MEL" in line.upper()})
        return out


def run(folder: str) -> None:
    ocr = TechLogOCR()
    for img in sorted(Path(folder).glob("*.jpg")):
        text = ocr.page_text(img)
        found = ocr.defects(text)
        log.info("ocr.page", file=img.name, defects=len(found), chars=len(text))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(os.getenv("TECHLOG_SCANS", "./scans"))
