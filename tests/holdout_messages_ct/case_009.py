"""Helpers that build and return request functions for each provider."""
import logging
import os

import requests

logger = logging.getLogger("reqfactory")


def make_requester(base_url, api_key, header="Authorization", scheme="Bearer"):
    value = f"{scheme} {api_key}" if scheme else api_key
    session = requests.Session()
    session.headers[header] = value

    def call(path, payload):
        resp = session.post(f"{base_url}{path}", json=payload, timeout=30)
        if resp.status_code == 401:
            logger.error("401 from %s with %s=%s", base_url, header, value)
            raise PermissionError(f"unauthorised at {base_url}{path}")
        if not resp.ok:
            logger.warning("%s%s -> %s %s", base_url, path, resp.status_code, resp.text[:300])
        resp.raise_for_status()
        return resp.json()

    call.base_url = base_url
    logger.debug("requester for %s uses header %s", base_url, header)
    return call


def openrouter():
    key = os.environ["OPENROUTER_API_KEY"]
    return make_requester("https://openrouter.ai/api/v1", key)


def anthropic_raw():
    key = os.environ["ANTHROPIC_API_KEY"]
    logger.debug("anthropic key fingerprint %s", key[-4:])
    return make_requester("https://api.anthropic.com/v1", key, header="x-api-key", scheme="")


def together():
    key = os.environ.get("TOGETHER_API_KEY")
    if key is None:
        raise EnvironmentError("TOGETHER_API_KEY not set")
    if " " in key:
        raise ValueError("TOGETHER_API_KEY contains whitespace: %r" % key)
    return make_requester("https://api.together.xyz/v1", key)


REQUESTERS = {"openrouter": openrouter, "anthropic": anthropic_raw, "together": together}


def complete(provider, prompt, max_tokens=128):
    call = REQUESTERS[provider]()
    logger.info("calling %s with max_tokens=%d", call.base_url, max_tokens)
    data = call("/chat/completions", {"messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens})
    return data["choices"][0]["message"]["content"]
