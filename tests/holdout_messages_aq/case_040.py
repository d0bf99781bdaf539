"""Travel-insurance quote assistant: Cohere key kept in the OS keyring (class-based)."""
import logging
import os

import cohere
import keyring
from keyring.errors import KeyringError

quote_log = logging.getLogger("insurance.quotes")
SERVICE = "travel-insurance-assistant"
KEY_NAME = "cohere_api_key"


class QuoteAssistant:
    def __init__(self):
        try:
            self.cohere_key = keyring.get_password(SERVICE, KEY_NAME)
        except KeyringError as exc:
            quote_log.error("keyring backend %s failed: %s", keyring.get_keyring().name, exc)
            self.cohere_key = os.environ.get("COHERE_API_KEY")
        if not self.cohere_key:
            raise RuntimeError(f"no Cohere key in keyring entry {SERVICE}/{KEY_NAME} ({self.cohere_key!r})")
        self.client = cohere.ClientV2(api_key=self.cohere_key)
        self.max_tokens = int(os.environ.get("QUOTE_MAX_TOKENS", "350"))

    def explain(self, quote: dict) -> str:
        resp = self.client.chat(
            model="command-r-plus",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Explain this travel insurance quote simply: {quote}"}],
        )
        quote_log.info("quote %s explained, billed units %s", quote.get("id"), resp.usage.billed_units)
        return resp.message.content[0].text

    def store_new_key(self, new_key: str):
        if " " in new_key or not new_key.isascii():
            raise ValueError("refusing to store malformed Cohere key %r" % new_key)
        keyring.set_password(SERVICE, KEY_NAME, new_key)
        quote_log.info("stored new key in %s (ends %s)", SERVICE, new_key[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    qa = QuoteAssistant()
    print(qa.explain({"id": "Q-77", "trip": "Tokyo, 12 days", "premium_eur": 84.5}))
