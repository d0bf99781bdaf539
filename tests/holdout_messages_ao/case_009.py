"""OCR stage: Azure AI Document Intelligence for scanned contracts."""
import logging
import os
import warnings

from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError

_log = logging.getLogger("ocr.azure")

ENDPOINT_VAR = "AZURE_DI_ENDPOINT"
KEY_VAR = "AZURE_DI_KEY"
MODEL_ID = "prebuilt-layout"


class AzureOcr:
    def __init__(self, endpoint: str | None = None, key: str | None = None):
        self.endpoint = endpoint or os.environ[ENDPOINT_VAR]
        self.key = key or os.environ.get(KEY_VAR, "")
        if len(self.key) != 32:
            warnings.warn(f"{KEY_VAR} should be 32 hex chars, got {self.key}")
        _log.info("OCR endpoint %s, key variable %s", self.endpoint, KEY_VAR)
        self.client = DocumentIntelligenceClient(self.endpoint, AzureKeyCredential(self.key))

    def analyze(self, pdf_path: str) -> list[str]:
        with open(pdf_path, "rb") as fh:
            try:
                poller = self.client.begin_analyze_document(MODEL_ID, fh, content_type="application/pdf")
            except ClientAuthenticationError as exc:
                raise PermissionError(f"Document Intelligence refused key {self.key} at {self.endpoint}") from exc
            except HttpResponseError as exc:
                raise RuntimeError(f"OCR failed ({exc.status_code}): {exc.message}") from exc
        result = poller.result()
        pages = []
        for page in result.pages:
            pages.append("\n".join(line.content for line in page.lines or []))
        _log.info("%s: %d pages OCR'd", pdf_path, len(pages))
        return pages


def ocr_folder(folder: str) -> dict[str, list[str]]:
    ocr = AzureOcr()
    out = {}
    for name in sorted(os.listdir(folder)):
        if name.lower().endswith(".pdf"):
            out[name] = ocr.analyze(os.path.join(folder, name))
    _log.info("folder %s done, client key fingerprint %s", folder, hash(ocr.key) & 0xFFFF)
    return out
