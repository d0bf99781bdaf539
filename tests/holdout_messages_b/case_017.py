import logging
import os

import google.auth
import requests
import vertexai
from google.auth.transport.requests import Request
from vertexai.generative_models import GenerativeModel

logger = logging.getLogger("vertex")
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"


def init(location="us-central1"):
    credentials, project = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
    credentials.refresh(Request())
    logger.info("Vertex project=%s location=%s", project, location)
    logger.debug("access token %s", credentials.token)
    logger.debug("token expiry %s", credentials.expiry)
    vertexai.init(project=project, location=location, credentials=credentials)
    return project


def generate(prompt, max_output_tokens=1024):
    model = GenerativeModel("gemini-1.5-pro")
    result = model.generate_content(prompt, generation_config={"max_output_tokens": max_output_tokens})
    usage = result.usage_metadata
    logger.info("prompt_token_count=%d candidates_token_count=%d", usage.prompt_token_count, usage.candidates_token_count)
    return result.text


def gemini_rest(prompt):
    api_key = os.environ["GOOGLE_API_KEY"]
    url = f"{GEMINI_URL}?key={api_key}"
    logger.debug("POST %s", url)
    resp = requests.post(url, json={"contents": [{"parts": [{"text": prompt}]}]}, timeout=30)
    if not resp.ok:
        raise RuntimeError(f"Gemini REST {resp.status_code} for {url}")
    safe_url = url.replace(api_key, "***")
    logger.info("done: %s", safe_url)
    return resp.json()
