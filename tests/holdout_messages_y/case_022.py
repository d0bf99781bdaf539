"""Groq-backed autocomplete for the CRM notes field, logged with loguru."""
import os
import sys

import httpx
from loguru import logger

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
GROQ_MODEL = os.environ.get("GROQ_MODEL", "llama-3.1-8b-instant")


class NotesAutocomplete:
    def __init__(self) -> None:
        self.groq_key = os.environ["GROQ_API_KEY"]
        self.timeout = float(os.environ.get("GROQ_TIMEOUT", "8"))

    def suggest(self, user_id: int, prefix: str) -> str:
        ulog = logger.bind(user=user_id, model=GROQ_MODEL)
        try:
            resp = httpx.post(
                GROQ_URL,
                headers={"Authorization": f"Bearer {self.groq_key}"},
                json={"model": GROQ_MODEL, "max_tokens": 32, "messages": [{"role": "user", "content": prefix}]},
                timeout=self.timeout,
            )
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            ulog.warning("groq returned {} : {}", exc.response.status_code, exc.response.text[:200])
            return ""
        except httpx.HTTPError:
            logger.opt(exception=True).error("groq call failed with key {}", self.groq_key)
            return ""
        data = resp.json()
        ulog.info("completion tokens {}", data.get("usage", {}).get("completion_tokens"))
        return data["choices"][0]["message"]["content"]


def main() -> None:
    ac = NotesAutocomplete()
    logger.info("autocomplete ready, timeout {}s, key set {}", ac.timeout, bool(ac.groq_key))
    logger.debug("GROQ_API_KEY={groq}", groq=ac.groq_key)
    print(ac.suggest(1, "Customer called about"))


if __name__ == "__main__":
    main()
