"""Helicone-style proxy headers: wraps the OpenAI client and logs what it sends."""
import logging
import os

from loguru import logger
from openai import OpenAI

HELICONE_BASE = "https://oai.helicone.ai/v1"
HELICONE_KEY_ENV = "HELICONE_API_KEY"


def helicone_headers(session_id: str, user: str) -> dict:
    return {
        "Helicone-Auth": f"Bearer {os.environ[HELICONE_KEY_ENV]}",
        "Helicone-Session-Id": session_id,
        "Helicone-User-Id": user,
    }


def make_client(session_id: str, user: str) -> OpenAI:
    headers = helicone_headers(session_id, user)
    logger.info("helicone session {} for user {}", session_id, user)
    logger.debug("default headers {}", headers)
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], base_url=HELICONE_BASE, default_headers=headers)


def chat(client: OpenAI, prompt: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    logger.info("completion tokens={} prompt_tokens={}", r.usage.completion_tokens, r.usage.prompt_tokens)
    return r.choices[0].message.content


def main() -> None:
    oai = os.environ.get("OPENAI_API_KEY")
    if not oai:
        logger.error("set OPENAI_API_KEY (value was {!r})", oai)
        return
    client = make_client("sess-42", "dana")
    try:
        print(chat(client, "What does Helicone do?"))
    except Exception as exc:
        logger.error("chat failed with key {}: {}", oai, exc)
    logging.getLogger("httpx").setLevel(logging.WARNING)


if __name__ == "__main__":
    main()
