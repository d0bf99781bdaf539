"""Ride dispatch: driver matching with an LLM ETA explainer."""
from dataclasses import dataclass, field
import logging
import os

import anthropic

dispatch_log = logging.getLogger("dispatch.match")


@dataclass
class DispatchSettings:
    anthropic_key: str = field(repr=False)
    region: str = "eu-west"
    max_tokens: int = 300
    surge_cap: float = 2.5


class Dispatcher:
    def __init__(self, settings: DispatchSettings):
        self.settings = settings
        self.llm = anthropic.Anthropic(api_key=settings.anthropic_key)
        dispatch_log.info("dispatcher ready: %r", settings)
        dispatch_log.info("region=%s surge_cap=%s", settings.region, settings.surge_cap)

    def explain_eta(self, ride_id: str, eta_min: int) -> str:
        msg = self.llm.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=self.settings.max_tokens,
            messages=[{"role": "user", "content": f"Explain a {eta_min} minute ETA to a rider."}],
        )
        dispatch_log.debug("ride %s used %s output tokens", ride_id, msg.usage.output_tokens)
        return msg.content[0].text

    def rotate_key(self, new_key: str):
        if not new_key.startswith("sk-ant-"):
            raise ValueError("rotated key has wrong prefix: " + new_key)
        dispatch_log.info("rotating anthropic key -> %s", new_key)
        self.settings.anthropic_key = new_key
        self.llm = anthropic.Anthropic(api_key=new_key)


def build() -> Dispatcher:
    key = os.getenv("ANTHROPIC_API_KEY")
    if not key:
        raise RuntimeError(f"ANTHROPIC_API_KEY missing (got {key!r})")
    return Dispatcher(DispatchSettings(anthropic_key=key))


if __name__ == "__main__":
    d = build()
    print(d.explain_eta("r-1001", 7))
