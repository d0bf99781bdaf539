"""Clause playbook engine: checks a contract against the firm's negotiation playbook."""
from __future__ import annotations

import dataclasses
import logging
import os

import anthropic
import yaml
from modelred import ModelRedClient, ModelRedError, ProviderConfig, RateLimitError

logger = logging.getLogger("playbook")


@dataclasses.dataclass
class Position:
    clause: str
    preferred: str
    fallback: str
    walk_away: str


class PlaybookEngine:
    def __init__(self, playbook_path: str, anthropic_key: str, max_tokens: int = 800):
        with open(playbook_path) as fh:
            self.positions = [Position(**p) for p in yaml.safe_load(fh)["positions"]]
        self.anthropic_key = anthropic_key
        self.max_tokens = max_tokens
        self.llm = anthropic.Anthropic(api_key=anthropic_key)
        logger.info("playbook %s: %d positions, max_tokens=%d", playbook_path, len(self.positions), self.max_tokens)

    def review(self, clause_name: str, text: str) -> str:
        pos = next(p for p in self.positions if p.clause == clause_name)
        prompt = f"Preferred: {pos.preferred}\nFallback: {pos.fallback}\nWalk-away: {pos.walk_away}\n\nClause:\n{text}\n\nClassify and suggest a redline."
        try:
            msg = self.llm.messages.create(model="claude-3-5-haiku-latest", max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}])
        except anthropic.AuthenticationError:
            logger.error("Anthropic rejected key %s", self.anthropic_key)
            raise
        return msg.content[0].text

    def register(self, mr_key: str) -> str:
        client = ModelRedClient(api_key=mr_key)
        cfg = ProviderConfig.anthropic(api_key=self.anthropic_key, model_name="claude-3-5-haiku-latest", max_tokens=self.max_tokens)
        logger.debug("provider config for playbook model built (max_tokens=%d)", self.max_tokens)
        try:
            model = client.create_model(modelId="playbook-reviewer", provider="anthropic", displayName="Playbook reviewer", providerConfig=cfg)
        except RateLimitError:
            logger.warning("ModelRed rate limit while registering playbook model")
            raise
        except ModelRedError as exc:
            raise ValueError(str(exc)) from exc
        return model["id"]


if __name__ == "__main__":
    engine = PlaybookEngine("playbooks/saas_vendor.yaml", os.environ["ANTHROPIC_API_KEY"])
    print(engine.review("limitation_of_liability", open("samples/lol_clause.txt").read()))
    print(engine.register(os.environ["MODELRED_API_KEY"]))
