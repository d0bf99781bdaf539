"""Reading-level adapter: rewrites texts for younger readers with Groq, keys from the OS keyring."""
import logging
import warnings

import keyring
from groq import Groq, APIStatusError

log = logging.getLogger("readlevel")

KEYRING_SERVICE = "readlevel"
KEYRING_USER = "groq_api_key"


def groq_key() -> str:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    if key is None:
        warnings.warn(f"no Groq key in keyring service {KEYRING_SERVICE!r} / {KEYRING_USER!r}")
        raise LookupError("Groq key missing")
    if not key.startswith("gsk_"):
        warnings.warn(f"Groq key {key} does not start with gsk_; requests will fail")
    return key


def adapt(text: str, grade: int) -> str:
    client = Groq(api_key=groq_key())
    try:
        out = client.chat.completions.create(
            model="llama-3.1-8b-instant",
            max_tokens=1024,
            messages=[
                {"role": "system", "content": f"Rewrite for a grade {grade} reader. Keep facts."},
                {"role": "user", "content": text},
            ],
        )
    except APIStatusError as e:
        log.error("groq status %s: %s", e.status_code, e.message)
        raise
    log.info("adapted %d chars, completion_tokens=%s", len(text), out.usage.completion_tokens)
    return out.choices[0].message.content


def store_key(new_key: str) -> None:
    keyring.set_password(KEYRING_SERVICE, KEYRING_USER, new_key)
    log.info("stored groq key %s in keyring %s", new_key, keyring.get_keyring().name)
    log.info("keyring backend %s", keyring.get_keyring().name)


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 2 and sys.argv[1] == "set-key":
        store_key(sys.argv[2])
    else:
        print(adapt(sys.stdin.read(), int(sys.argv[1]) if len(sys.argv) > 1 else 4))
