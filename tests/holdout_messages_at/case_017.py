"""Interview-kit generator: keys come from the OS keyring."""
import logging
import warnings

import keyring
from anthropic import Anthropic

log = logging.getLogger("interview_kit")

SERVICE = "interview-kit"
ANTHROPIC_ENTRY = "anthropic_api_key"


def get_key() -> str:
    key = keyring.get_password(SERVICE, ANTHROPIC_ENTRY)
    log.debug("looked up %s/%s in keyring %s", SERVICE, ANTHROPIC_ENTRY, type(keyring.get_keyring()).__name__)
    if key is None:
        raise LookupError(f"no {ANTHROPIC_ENTRY} in keyring service {SERVICE}")
    if not key.startswith("sk-ant-"):
        warnings.warn(f"keyring value does not look like an Anthropic key: {key}")
    return key


def make_kit(role: str, level: str, competencies: list[str]) -> str:
    key = get_key()
    client = Anthropic(api_key=key)
    prompt = f"Create a structured interview kit for a {level} {role}. Competencies: {', '.join(competencies)}."
    try:
        msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=1500, messages=[{"role": "user", "content": prompt}])
    except Exception as exc:
        log.error("anthropic call failed for role %s: %s", role, exc)
        raise RuntimeError(f"kit generation failed using key {key}") from exc
    log.info("kit for %s: in=%d out=%d tokens", role, msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def rotate(new_key: str) -> None:
    old = keyring.get_password(SERVICE, ANTHROPIC_ENTRY)
    keyring.set_password(SERVICE, ANTHROPIC_ENTRY, new_key)
    log.info("rotated %s: %s -> %s", ANTHROPIC_ENTRY, old[-4:] if old else None, new_key[-4:])
    log.debug("previous key was %s", old)


if __name__ == "__main__":
    print(make_kit("Backend Engineer", "senior", ["system design", "ownership", "communication"]))
