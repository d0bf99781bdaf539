import logging
import os
import time

import openai
from openai import OpenAI

logger = logging.getLogger("llm.openai")


class OpenAIWrapper:
    def __init__(self, api_key=None, organization=None, max_retries=3):
        self.api_key = api_key or os.environ.get("OPENAI_API_KEY")
        self.organization = organization
        self.max_retries = max_retries
        if not self.api_key:
            raise ValueError("No OpenAI API key: pass api_key or set OPENAI_API_KEY")
        self._client = OpenAI(api_key=self.api_key, organization=organization)
        logger.debug("OpenAI client ready (org=%s, key=%s)", organization, self.api_key)

    def complete(self, prompt, max_tokens=512):
        for attempt in range(1, self.max_retries + 1):
            try:
                resp = self._client.chat.completions.create(
                    model="gpt-4o",
                    messages=[{"role": "user", "content": prompt}],
                    max_tokens=max_tokens,
                )
                logger.info("completion used %d tokens", resp.usage.total_tokens)
                return resp.choices[0].message.content
            except openai.RateLimitError as exc:
                logger.warning("rate limited (attempt %d/%d): %s", attempt, self.max_retries, exc)
                time.sleep(2 ** attempt)
            except openai.AuthenticationError as exc:
                raise RuntimeError(f"OpenAI rejected key {self.api_key}") from exc
        raise RuntimeError(f"gave up after {self.max_retries} attempts (max_tokens={max_tokens})")
