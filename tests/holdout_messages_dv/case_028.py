"""Home-grown settings object for the xAI tweet drafter; passed to every component that needs it."""
import logging
import os

import requests

log = logging.getLogger("drafter")


class DrafterSettings:
    """Attributes: defaults, then drafter.env file (KEY=VALUE lines), then the process environment."""

    def __init__(self, env_file: str = "drafter.env"):
        self.xai_base_url = "https://api.x.ai/v1"
        self.xai_model = "grok-2-latest"
        self.max_tokens = 280
        self.xai_api_key = ""
        file_values = {}
        if os.path.exists(env_file):
            with open(env_file, encoding="utf-8") as fh:
                for line in fh:
                    if "=" in line and not line.lstrip().startswith("#"):
                        name, _, value = line.strip().partition("=")
                        file_values[name] = value
        self.xai_api_key = os.environ.get("XAI_API_KEY", file_values.get("XAI_API_KEY", self.xai_api_key))
        self.xai_model = os.environ.get("XAI_MODEL", file_values.get("XAI_MODEL", self.xai_model))

    def __str__(self) -> str:
        hint = f"...{self.xai_api_key[-4:]}" if self.xai_api_key else "<unset>"
        return f"DrafterSettings(model={self.xai_model}, base={self.xai_base_url}, key={hint})"


class Drafter:
    def __init__(self, settings: DrafterSettings):
        self.settings = settings
        log.info("xai key configured: %s", bool(settings.xai_api_key))
        log.info("drafter settings: %s", settings)
        log.debug("drafter settings attrs: %s", vars(settings))

    def draft(self, topic: str) -> str:
        s = self.settings
        resp = requests.post(
            f"{s.xai_base_url}/chat/completions",
            headers={"Authorization": f"Bearer {s.xai_api_key}"},
            json={"model": s.xai_model, "max_tokens": s.max_tokens, "messages": [{"role": "user", "content": f"Draft a tweet about {topic}"}]},
            timeout=30,
        )
        if resp.status_code == 400 and "Incorrect API key" in resp.text:
            raise ValueError(f"xAI says the key is wrong: {s.xai_api_key}")
        resp.raise_for_status()
        log.info("draft used %d tokens (limit %d)", resp.json()["usage"]["total_tokens"], s.max_tokens)
        return resp.json()["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(Drafter(DrafterSettings()).draft("config layering"))
