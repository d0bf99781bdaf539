"""Climbing-gym route setter assistant: Gemini describes routes from wall photos."""
import logging
import os
import sys

import google.generativeai as genai
from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger("routesetter")
logging.basicConfig(stream=sys.stderr, level=logging.INFO)

GOOGLE_KEY_ENV = "GOOGLE_API_KEY"
google_api_key = os.environ.get(GOOGLE_KEY_ENV, "")
genai.configure(api_key=google_api_key)
vision = genai.GenerativeModel("gemini-1.5-flash")


def describe_route(image_bytes: bytes, grade: str) -> str:
    result = vision.generate_content([
        {"mime_type": "image/jpeg", "data": image_bytes},
        f"Describe this {grade} boulder problem for the route card in 40 words.",
    ])
    usage = result.usage_metadata
    log.info("route card generated, prompt tokens %s, candidates tokens %s", usage.prompt_token_count, usage.candidates_token_count)
    return result.text


def register_gemini():
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.google(api_key=google_api_key, model_name="gemini-1.5-flash")
    try:
        client.create_model(modelId="route-card-gemini", provider="google", displayName="Route cards", providerConfig=cfg)
    except ConflictError:
        log.info("route-card-gemini already registered")
    except ModelRedError as e:
        log.error("registration failed (%s), key prefix %s", type(e).__name__, google_api_key[:4])
        raise SystemExit(1)
    return client.create_assessment(model="route-card-gemini", test_types=["prompt_injection"])


def main():
    if not google_api_key:
        log.error("set %s first", GOOGLE_KEY_ENV)
        return 2
    if not google_api_key.startswith("AIza"):
        log.error("that does not look like a Google API key: %s", google_api_key)
        return 2
    log.info("using Google key ending %s", google_api_key[-4:])
    job = register_gemini()
    log.info("assessment %s", job.get("id"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
