"""OpenAI key from HashiCorp Vault; loguru with a patcher and sinks."""
import os
import sys

import hvac
from loguru import logger
from openai import OpenAI

logger.remove()
logger.add(sys.stderr, format="{time:HH:mm:ss} {level} {message}")
VAULT_PATH = "llm/openai"


def vault_client() -> hvac.Client:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise PermissionError(f"vault token {os.environ['VAULT_TOKEN']} is not valid")
    logger.info("vault authenticated: {}", client.is_authenticated())
    return client


def openai_key() -> str:
    secret = vault_client().secrets.kv.v2.read_secret_version(path=VAULT_PATH)
    logger.debug("vault metadata: {}", secret["data"]["metadata"])
    key = secret["data"]["data"]["api_key"]
    if not key.startswith("sk-"):
        raise ValueError(f"Vault returned a malformed OpenAI key {key!r} at {VAULT_PATH}")
    return key


def complete(prompt: str) -> str:
    key = openai_key()
    log = logger.bind(component="completer", key_hint=key[:4])
    log.info("completing {} chars", len(prompt))
    client = OpenAI(api_key=key)
    try:
        resp = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300,
                                              messages=[{"role": "user", "content": prompt}])
    except Exception:
        logger.opt(exception=True).error("OpenAI call failed with key " + key)
        raise
    logger.info("tokens: prompt={} completion={}", resp.usage.prompt_tokens, resp.usage.completion_tokens)
    return resp.choices[0].message.content


if __name__ == "__main__":
    print(complete(" ".join(sys.argv[1:]) or "hello"))
