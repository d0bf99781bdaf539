# KYC document intake: passport/ID OCR with Google Document AI and a Gemini follow-up
import logging
import os

import google.generativeai as genai
from google.cloud import documentai

log = logging.getLogger("kyc.intake")

PROJECT = os.environ["GCP_PROJECT"]
LOCATION = os.environ.get("DOCAI_LOCATION", "us")
PROCESSOR_ID = os.environ["DOCAI_PROCESSOR_ID"]
GEMINI_KEY_NAME = "GOOGLE_API_KEY"
gemini_key = os.environ.get(GEMINI_KEY_NAME)

if gemini_key is None:
    raise RuntimeError(f"set {GEMINI_KEY_NAME} for the KYC follow-up questions")
genai.configure(api_key=gemini_key)
log.info("KYC intake: project=%s location=%s processor=%s", PROJECT, LOCATION, PROCESSOR_ID)


def extract_fields(content: bytes, mime: str = "application/pdf") -> dict:
    client = documentai.DocumentProcessorServiceClient()
    name = client.processor_path(PROJECT, LOCATION, PROCESSOR_ID)
    result = client.process_document(request={"name": name, "raw_document": {"content": content, "mime_type": mime}})
    fields = {e.type_: e.mention_text for e in result.document.entities}
    log.info("extracted %d fields: %s", len(fields), sorted(fields))
    return fields


def follow_up_questions(fields: dict) -> str:
    model = genai.GenerativeModel("gemini-1.5-flash")
    missing = [k for k in ("date_of_birth", "document_number", "expiry_date") if k not in fields]
    try:
        resp = model.generate_content(f"Write polite follow-up questions asking for: {', '.join(missing)}")
    except Exception as exc:
        log.error("gemini failed (key %s): %s", gemini_key, exc)
        raise
    log.info("gemini usage: %s tokens", resp.usage_metadata.total_token_count)
    return resp.text


if __name__ == "__main__":
    import sys
    with open(sys.argv[1], "rb") as fh:
        f = extract_fields(fh.read())
    print(follow_up_questions(f))
    if not gemini_key.startswith("AIza"):
        print("warning: GOOGLE_API_KEY does not look like an API key:", gemini_key, file=sys.stderr)
