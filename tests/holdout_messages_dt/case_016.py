# Notebook export: prompt-caching experiment against the OpenAI API.
import logging

from openai import OpenAI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("nb")

OPENAI_KEY = "sk-x9K5Lx9tVEiTYqCn0bweQSmENLAjpODJ4a8HvAthEUV102lX"


class Masked:
    """Wraps a secret so that printing it shows only a hint."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __str__(self) -> str:
        return f"{self.value[:3]}...{self.value[-4:]}"

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


key = Masked(OPENAI_KEY)
log.info(f"key loaded: {key}")
log.info("key loaded: %s", key)
log.info("key loaded (raw): %s", key.value)

client = OpenAI(api_key=key.value)

SYSTEM = "You are a terse assistant. " * 200
questions = ["What is 2+2?", "Capital of Peru?", "Largest planet?"]

for q in questions:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=50,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": q}],
    )
    cached = r.usage.prompt_tokens_details.cached_tokens
    print(f"{q!r}: prompt_tokens={r.usage.prompt_tokens} cached={cached}")

# cell 7: sanity check that the notebook picked up the right project key
print(f"project key: {OPENAI_KEY}")
print(f"project key length: {len(OPENAI_KEY)}")
print(repr(key))

# cell 8
summary = {"questions": len(questions), "model": "gpt-4o-mini", "key_hint": str(key)}
print(summary)
