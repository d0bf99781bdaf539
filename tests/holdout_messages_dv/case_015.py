"""Resolve the OpenAI key: keyring first, then ~/.config/notes-ai/config.json, then the environment."""
import json
import logging
import os
from pathlib import Path

import keyring
from openai import OpenAI

logger = logging.getLogger("notes_ai.credentials")

SERVICE = "notes-ai"
USERNAME = "openai"
CONFIG_FILE = Path.home() / ".config" / "notes-ai" / "config.json"


def _from_file() -> str | None:
    if not CONFIG_FILE.exists():
        return None
    data = json.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    return data.get("openai", {}).get("api_key")


def resolve_key() -> tuple[str, str]:
    key = keyring.get_password(SERVICE, USERNAME)
    if key:
        return key, "keyring"
    key = _from_file()
    if key:
        return key, str(CONFIG_FILE)
    key = os.environ.get("OPENAI_API_KEY")
    if key:
        return key, "environment"
    raise LookupError(f"no OpenAI key in keyring {SERVICE}/{USERNAME}, {CONFIG_FILE} or $OPENAI_API_KEY")


def client() -> OpenAI:
    key, origin = resolve_key()
    logger.info("OpenAI key resolved from %s", origin)
    logger.debug("resolved key %s (from %s)", key, origin)
    return OpenAI(api_key=key)


def store_key(new_key: str) -> None:
    if not new_key.startswith("sk-"):
        logger.error("refusing to store %s in keyring: not an OpenAI key", new_key)
        return
    keyring.set_password(SERVICE, USERNAME, new_key)
    logger.info("stored key ...%s in keyring service %s", new_key[-4:], SERVICE)


def summarise_note(text: str) -> str:
    resp = client().chat.completions.create(
        model="gpt-4o-mini", max_tokens=200, messages=[{"role": "user", "content": f"Summarise:\n{text}"}]
    )
    return resp.choices[0].message.content
