"""Mistral-backed translation resolvers for a Strawberry schema, configured from YAML."""
import logging
from pathlib import Path

import httpx
import strawberry
import yaml

logger = logging.getLogger(__name__)

CONFIG_PATH = Path("/etc/translate/config.yaml")


class MistralService:
    def __init__(self, api_key: str, endpoint: str, model: str):
        self.api_key = api_key
        self.endpoint = endpoint
        self.model = model
        self.http = httpx.Client(timeout=30)

    def translate(self, text: str, target: str) -> str:
        resp = self.http.post(
            f"{self.endpoint}/v1/chat/completions",
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={"model": self.model,
                  "messages": [{"role": "user", "content": f"Translate to {target}: {text}"}]},
        )
        if resp.status_code == 401:
            logger.error("Mistral rejected key %s at %s", self.api_key, self.endpoint)
            raise RuntimeError("translation backend unauthorized")
        if resp.status_code >= 400:
            logger.error("Mistral %s: %s", resp.status_code, resp.text[:300])
            raise RuntimeError(f"translation failed with HTTP {resp.status_code}")
        return resp.json()["choices"][0]["message"]["content"]


def build_service() -> MistralService:
    cfg = yaml.safe_load(CONFIG_PATH.read_text())
    section = cfg.get("mistral", {})
    if "api_key" not in section:
        raise RuntimeError("mistral.api_key missing; sections: {}".format(sorted(cfg)))
    if "endpoint" not in section:
        raise RuntimeError("mistral endpoint missing in {}".format(section))
    logger.info("mistral endpoint %s, model %s", section["endpoint"], section.get("model"))
    return MistralService(section["api_key"], section["endpoint"], section.get("model", "mistral-small"))


service = build_service()


@strawberry.type
class Query:
    @strawberry.field
    def translate(self, text: str, target: str = "fr") -> str:
        return service.translate(text, target)


schema = strawberry.Schema(query=Query)
