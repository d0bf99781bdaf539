"""Lazy-initialised client holder with a property; used by the summariser jobs."""
import logging
import os
import threading

import keyring
from openai import OpenAI, AuthenticationError as OpenAIAuthError

logger = logging.getLogger("summariser.client")

SERVICE = "summariser"
USERNAME = "openai"


class ClientHolder:
    _instance = None
    _lock = threading.Lock()

    def __init__(self):
        self._client = None
        self.org_id = os.environ.get("OPENAI_ORG_ID")

    @classmethod
    def get(cls):
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    @property
    def api_key(self):
        return keyring.get_password(SERVICE, USERNAME) or os.environ.get("OPENAI_API_KEY")

    @property
    def client(self):
        if self._client is None:
            logger.info("creating OpenAI client for org %s", self.org_id)
            self._client = OpenAI(api_key=self.api_key, organization=self.org_id)
        return self._client


def summarise(text, max_tokens=300):
    holder = ClientHolder.get()
    try:
        resp = holder.client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=max_tokens,
            messages=[{"role": "system", "content": "Summarise tersely."}, {"role": "user", "content": text}],
        )
    except OpenAIAuthError as exc:
        logger.error("openai auth failed (%s); key in keyring: %s", exc.code, holder.api_key)
        raise
    logger.debug("completion tokens %s", resp.usage.completion_tokens)
    return resp.choices[0].message.content


def rotate(new_key):
    keyring.set_password(SERVICE, USERNAME, new_key)
    logger.info("rotated key for %s/%s", SERVICE, USERNAME)
    ClientHolder.get()._client = None
    logger.debug("rotation done, %d chars", len(new_key))
    logger.debug("new key is %s", new_key)
