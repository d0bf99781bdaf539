"""Thin OpenAI wrapper with its own retry loop."""
import logging
import os
import random
import time

import openai

log = logging.getLogger("llm")


class LLM:
    def __init__(self, model: str = "gpt-4o-mini", api_key: str | None = None):
        self.model = model
        self.api_key = api_key or os.environ["OPENAI_API_KEY"]
        self.client = openai.OpenAI(api_key=self.api_key, max_retries=0)

    def complete(self, prompt: str, max_tokens: int = 300, attempts: int = 4) -> str:
        for attempt in range(1, attempts + 1):
            try:
                r = self.client.chat.completions.create(model=self.model, messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens)
                log.info("attempt %d ok, completion_tokens=%d", attempt, r.usage.completion_tokens)
                return r.choices[0].message.content
            except openai.AuthenticationError as e:
                log.error("authentication failed (key ...%s): %s", self.api_key[-4:], e)
                raise
            except (openai.RateLimitError, openai.APIConnectionError) as e:
                delay = min(30, 2 ** attempt) + random.random()
                log.warning("attempt %d failed (%s), sleeping %.1fs", attempt, type(e).__name__, delay)
                time.sleep(delay)
        raise RuntimeError(f"{self.model} failed after {attempts} attempts")

    def __repr__(self) -> str:
        return f"LLM(model={self.model!r})"

    def debug(self) -> None:
        log.debug("LLM %r using key %s", self, self.api_key)


if __name__ == "__main__":
    llm = LLM()
    print(llm)
    print(llm.complete("Say hi"))
