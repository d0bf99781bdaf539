"""Workspace Anthropic keys: a repository over raw SQL and a TTL cache in front of it."""
import logging

import yaml
from anthropic import Anthropic, APIStatusError
from cachetools import TTLCache
from sqlalchemy import text

logger = logging.getLogger("workspaces.llm")


class KeyRepository:
    def __init__(self, engine):
        self.engine = engine

    def anthropic_key_for(self, workspace: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                text("SELECT anthropic_key FROM workspaces WHERE slug = :ws"), {"ws": workspace}
            ).scalar_one_or_none()

    def token_budget_for(self, workspace: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT token_budget FROM workspaces WHERE slug = :ws"), {"ws": workspace}).scalar_one()


class WorkspaceLLM:
    def __init__(self, repo: KeyRepository, config_path: str = "config/llm.yaml"):
        self.repo = repo
        self.clients: TTLCache = TTLCache(maxsize=256, ttl=600)
        with open(config_path) as fh:
            cfg = yaml.safe_load(fh)
        logger.info("loaded %s, sections %s", config_path, sorted(cfg))
        self.default_key = cfg["anthropic"]["api_key"]

    def client(self, workspace: str) -> Anthropic:
        if workspace not in self.clients:
            key = self.repo.anthropic_key_for(workspace)
            if key is None and not self.default_key:
                raise KeyError(f"workspace {workspace} has no Anthropic key")
            if key is None:
                logger.warning("workspace %s has no key, using the default %s", workspace, self.default_key)
                key = self.default_key
            self.clients[workspace] = Anthropic(api_key=key)
            logger.info("client cached for %s (%d cached)", workspace, len(self.clients))
        return self.clients[workspace]

    def ask(self, workspace: str, question: str) -> str:
        budget = self.repo.token_budget_for(workspace)
        logger.debug("workspace %s token budget %d", workspace, budget)
        try:
            msg = self.client(workspace).messages.create(
                model="claude-3-5-sonnet-latest", max_tokens=min(budget, 1024), messages=[{"role": "user", "content": question}]
            )
        except APIStatusError as err:
            logger.error("anthropic %s for ws %s with key %s", err.status_code, workspace, self.repo.anthropic_key_for(workspace))
            raise
        logger.info("ws %s: %d in / %d out tokens", workspace, msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text
