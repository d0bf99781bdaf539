"""Nightly prompt-eval script with a home-grown log() helper (no logging module)."""
import datetime as dt
import os
import sys

from mistralai import Mistral

VERBOSE = "-v" in sys.argv
PROMPTS = ["Translate 'cat' to French.", "Name three primes.", "What is 12*12?"]


def log(msg, *args):
    stamp = dt.datetime.now().strftime("%H:%M:%S")
    sys.stderr.write(f"[{stamp}] " + (msg % args if args else msg) + "\n")


def debug(*parts):
    if VERBOSE:
        print("[debug]", *parts)


def get_key():
    key = os.environ.get("MISTRAL_API_KEY") or open(os.path.expanduser("~/.mistral_key")).read().strip()
    return key


def run():
    key = get_key()
    log("starting eval with key=%s", key)
    log("key present: %s, %d chars", bool(key), len(key))
    debug("mistral key set", key is not None)
    debug("prompts", len(PROMPTS))
    client = Mistral(api_key=key)
    total = 0
    for i, prompt in enumerate(PROMPTS):
        res = client.chat.complete(model="mistral-small-latest", max_tokens=64,
                                   messages=[{"role": "user", "content": prompt}])
        total += res.usage.total_tokens
        log("prompt %d: %s tokens", i, res.usage.total_tokens)
        print(res.choices[0].message.content)
    log("done, %d tokens in total", total)
    return total


if __name__ == "__main__":
    try:
        run()
    except Exception as exc:
        log("eval failed: %s", type(exc).__name__)
        sys.exit(1)
