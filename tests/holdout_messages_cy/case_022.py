"""Scanned contract OCR with Azure AI Document Intelligence, before clause extraction."""
import logging
import os
import pathlib

from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError

logger = logging.getLogger("contract.ocr")

ENDPOINT_VAR = "DOCINTEL_ENDPOINT"
KEY_VAR = "DOCINTEL_KEY"


def make_client() -> DocumentIntelligenceClient:
    endpoint = os.environ[ENDPOINT_VAR]
    key = os.environ[KEY_VAR]
    logger.info("Document Intelligence at %s (key from %s)", endpoint, KEY_VAR)
    logger.debug("key ends with %s", key[-4:])
    return DocumentIntelligenceClient(endpoint, AzureKeyCredential(key))


def ocr_contract(client: DocumentIntelligenceClient, path: pathlib.Path) -> str:
    with path.open("rb") as fh:
        poller = client.begin_analyze_document("prebuilt-contract", body=fh, content_type="application/pdf")
    result = poller.result()
    logger.info("%s: %d pages, %d parties found", path.name, len(result.pages), len(result.documents[0].fields.get("Parties", {}).get("valueArray", [])) if result.documents else 0)
    return result.content


def run(folder: str) -> dict[str, str]:
    key = os.environ.get(KEY_VAR, "")
    if len(key) != 32 and len(key) != 84:
        raise ValueError(f"{KEY_VAR} has unexpected length {len(key)}: {key}")
    client = make_client()
    texts = {}
    for pdf in sorted(pathlib.Path(folder).glob("*.pdf")):
        try:
            texts[pdf.name] = ocr_contract(client, pdf)
        except ClientAuthenticationError as exc:
            logger.error("auth failed (%s) with key %s", exc.message, key)
            break
        except HttpResponseError as exc:
            logger.warning("%s failed: %s %s", pdf.name, exc.status_code, exc.reason)
    return texts


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    out = run(os.environ.get("SCAN_DIR", "scans"))
    pathlib.Path("ocr_out").mkdir(exist_ok=True)
    for name, text in out.items():
        pathlib.Path("ocr_out", name + ".txt").write_text(text)
    print(f"OCR done: {len(out)} contracts")
