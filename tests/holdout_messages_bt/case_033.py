"""Zapier 'AI step' backend supporting several LLM providers, keys from AWS Secrets Manager."""
import json
import logging
from functools import lru_cache

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("zap.ai")

SECRET_ID = "zapier-ai-step/prod/provider-keys"
PROVIDERS = ("openai", "anthropic", "google")


@lru_cache(maxsize=1)
def provider_keys() -> dict:
    sm = boto3.client("secretsmanager")
    try:
        raw = sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    except ClientError as e:
        log.error("cannot read %s: %s", SECRET_ID, e.response["Error"]["Code"])
        raise
    keys = json.loads(raw)
    log.info("loaded provider keys for %s", ", ".join(sorted(keys)))
    return keys


def key_for(provider: str) -> str:
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider}; choose from {PROVIDERS}")
    keys = provider_keys()
    key = keys.get(provider)
    if key is None:
        raise KeyError(f"no key stored for {provider} in {SECRET_ID}")
    return key


def run_step(provider: str, prompt: str, max_tokens: int = 256) -> str:
    api_key = key_for(provider)
    if provider == "openai":
        from openai import OpenAI
        out = OpenAI(api_key=api_key).chat.completions.create(model="gpt-4o-mini", max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
        return out.choices[0].message.content
    if provider == "anthropic":
        import anthropic
        msg = anthropic.Anthropic(api_key=api_key).messages.create(model="claude-3-5-haiku-latest", max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
        return msg.content[0].text
    import google.generativeai as genai
    genai.configure(api_key=api_key)
    log.debug("configured gemini with key %s", api_key)
    return genai.GenerativeModel("gemini-1.5-flash").generate_content(prompt).text
