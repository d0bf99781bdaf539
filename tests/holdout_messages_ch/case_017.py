"""Citizen-services gateway: shared helpers for the translation microservice."""
import logging
import os
import warnings

from google import genai

LOG = logging.getLogger("gateway.translate")
GOOGLE_KEY_ENV = "GOOGLE_API_KEY"
LANGS = ("es", "vi", "zh", "so", "tl")


def google_key() -> str:
    return os.environ.get(GOOGLE_KEY_ENV, "")


def make_client(key: str | None = None) -> genai.Client:
    key = key or google_key()
    if not key:
        warnings.warn(f"{GOOGLE_KEY_ENV} missing; translation disabled")
        raise RuntimeError("translation disabled")
    if not key.startswith("AIza"):
        warnings.warn(f"unexpected Google key format: {key}")
    return genai.Client(api_key=key)


def translate(client: genai.Client, text: str, lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; supported: {LANGS}")
    resp = client.models.generate_content(
        model="gemini-1.5-flash",
        contents=f"Translate this government notice into {lang}, plain language:\n{text}",
    )
    meta = resp.usage_metadata
    LOG.info("translated to %s: %s prompt / %s candidate tokens", lang,
             meta.prompt_token_count, meta.candidates_token_count)
    return resp.text


def translate_all(text: str, key: str | None = None) -> dict:
    client = make_client(key)
    out = {}
    for lang in LANGS:
        try:
            out[lang] = translate(client, text, lang)
        except Exception as exc:
            LOG.warning("translation to %s failed: %s", lang, exc)
            LOG.debug("client built with key %s", key or google_key())
    return out
