"""Gemini + Vertex helpers for the labelling notebook service."""
import json
import logging
import os

import google.generativeai as genai
from google.oauth2 import service_account

logger = logging.getLogger(__name__)

GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]
genai.configure(api_key=GOOGLE_API_KEY)


def vertex_credentials():
    creds_info = json.loads(os.environ["GCP_SA_JSON"])
    logger.info("using service account %s in project %s", creds_info["client_email"], creds_info["project_id"])
    logger.debug("service account info: %s", creds_info)
    if "private_key" not in creds_info:
        raise ValueError("GCP_SA_JSON is not a service account key file")
    return service_account.Credentials.from_service_account_info(creds_info)


def summarise(text: str) -> str:
    model = genai.GenerativeModel("gemini-1.5-flash")
    try:
        result = model.generate_content(text, generation_config={"max_output_tokens": 256})
    except Exception:
        logger.exception(f"Gemini call failed with key {GOOGLE_API_KEY}")
        raise
    logger.debug("gemini usage: %s", result.usage_metadata)
    if not result.candidates:
        raise RuntimeError("Gemini returned no candidates (key %s…)" % GOOGLE_API_KEY[:4])
    return result.text
