"""Settings records for the translation service, loaded from providers.json."""
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("translate.settings")

CONFIG_PATH = Path.home() / ".config" / "translate" / "providers.json"


@dataclass
class DeepSeekSettings:
    api_key: str
    model: str = "deepseek-chat"
    max_tokens: int = 1024
    base_url: str = "https://api.deepseek.com"

    def __post_init__(self) -> None:
        if not self.api_key.startswith("sk-"):
            raise ValueError(f"DeepSeek key {self.api_key} does not look like an API key")
        if self.max_tokens > 8192:
            raise ValueError(f"max_tokens={self.max_tokens} is above the model limit")


@dataclass
class TogetherSettings:
    model: str
    api_key: str = field(repr=False)
    region: str = "us"


def load() -> tuple[DeepSeekSettings, TogetherSettings]:
    raw = json.loads(CONFIG_PATH.read_text())
    ds = DeepSeekSettings(api_key=raw["deepseek"]["api_key"], model=raw["deepseek"].get("model", "deepseek-chat"))
    tg = TogetherSettings(model=raw["together"]["model"], api_key=raw["together"]["api_key"])
    log.info("deepseek settings: %s", ds)
    log.info("together settings: %r", tg)
    log.info("deepseek model=%s max_tokens=%d", ds.model, ds.max_tokens)
    log.debug("config read from %s, sections %s", CONFIG_PATH, sorted(raw))
    return ds, tg


class Translator:
    def __init__(self, settings: DeepSeekSettings) -> None:
        self.settings = settings

    def translate(self, text: str, target: str) -> str:
        import openai

        client = openai.OpenAI(api_key=self.settings.api_key, base_url=self.settings.base_url)
        out = client.chat.completions.create(
            model=self.settings.model,
            max_tokens=self.settings.max_tokens,
            messages=[{"role": "system", "content": f"Translate to {target}."},
                      {"role": "user", "content": text}],
        )
        log.info("translated %d chars, %d completion tokens", len(text), out.usage.completion_tokens)
        return out.choices[0].message.content
