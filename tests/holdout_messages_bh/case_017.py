"""Agent-assist reply suggestions via Azure OpenAI, for the Freshdesk app iframe."""
import logging
import os

from openai import AzureOpenAI

log = logging.getLogger("assist.azure")


class AssistConfig:
    def __init__(self):
        self.endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
        self.deployment = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-support")
        self.api_version = "2024-06-01"
        self.api_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.max_tokens = 300

    def as_dict(self):
        return {"endpoint": self.endpoint, "deployment": self.deployment, "api_version": self.api_version, "api_key": self.api_key}

    def public(self):
        d = self.as_dict()
        d.pop("api_key")
        return d


class ReplySuggester:
    def __init__(self, cfg: AssistConfig):
        self.cfg = cfg
        self.client = AzureOpenAI(azure_endpoint=cfg.endpoint, api_key=cfg.api_key, api_version=cfg.api_version)
        log.info("suggester config %s", cfg.public())
        log.info("deployment %s at %s", cfg.deployment, cfg.endpoint)

    def suggest(self, ticket_text: str, n: int = 3) -> list[str]:
        try:
            r = self.client.chat.completions.create(model=self.cfg.deployment, n=n, max_tokens=self.cfg.max_tokens, messages=[{"role": "user", "content": ticket_text}])
        except Exception as exc:
            log.error("azure call failed (%s); config=%s", exc.__class__.__name__, self.cfg.as_dict())
            return []
        log.info("suggestions used %s tokens (limit %s)", r.usage.total_tokens, self.cfg.max_tokens)
        return [c.message.content for c in r.choices]

    def check(self):
        if len(self.cfg.api_key) != 32:
            raise ValueError("azure key has unexpected length %d: %s" % (len(self.cfg.api_key), self.cfg.api_key))
        return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    s = ReplySuggester(AssistConfig())
    s.check()
    for line in s.suggest("My order arrived broken"):
        print("-", line)
