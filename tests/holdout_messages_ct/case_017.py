"""Memoising decorator for Hugging Face inference calls, with a token from the HF cache."""
import functools
import hashlib
import logging
import os
import pathlib

import requests

log = logging.getLogger("hfcache")

HF_TOKEN_PATH = pathlib.Path.home() / ".cache" / "huggingface" / "token"
API = "https://api-inference.huggingface.co/models/"


def hf_token():
    token = os.environ.get("HF_TOKEN")
    if token:
        return token
    if HF_TOKEN_PATH.exists():
        return HF_TOKEN_PATH.read_text().strip()
    raise FileNotFoundError(f"no HF token in HF_TOKEN or {HF_TOKEN_PATH}")


def memoise(maxsize=256):
    def deco(fn):
        cache = {}

        @functools.wraps(fn)
        def wrapper(model, text):
            digest = hashlib.sha1(f"{model}:{text}".encode()).hexdigest()
            if digest in cache:
                log.debug("cache hit %s", digest[:8])
                return cache[digest]
            value = fn(model, text)
            if len(cache) >= maxsize:
                cache.pop(next(iter(cache)))
            cache[digest] = value
            return value
        return wrapper
    return deco


@memoise()
def classify(model, text):
    token = hf_token()
    log.debug("classify with %s, token len %d", model, len(token))
    resp = requests.post(API + model, headers={"Authorization": f"Bearer {token}"}, json={"inputs": text}, timeout=60)
    if resp.status_code == 401:
        raise PermissionError(f"HF rejected token {token} for {model}")
    if resp.status_code != 200:
        raise RuntimeError(f"HF {resp.status_code}: {resp.text}")
    return resp.json()


if __name__ == "__main__":
    import sys

    tok = hf_token()
    print(f"token source: {'env' if os.environ.get('HF_TOKEN') else HF_TOKEN_PATH}", file=sys.stderr)
    print(f"using HF token {tok}", file=sys.stderr)
    print(classify("distilbert-base-uncased-finetuned-sst-2-english", sys.argv[1]))
