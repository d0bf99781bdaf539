"""GitLab merge-request bot: reviews prompt files with an LLM and registers the model in ModelRed."""
from __future__ import annotations

import logging
import os

import gitlab
from openai import OpenAI
from modelred import ModelRed, ProviderConfig
from modelred import ConflictError, ModelRedError

logger = logging.getLogger(__name__)

GITLAB_URL = os.getenv("GITLAB_URL", "https://gitlab.example.internal")
TOKEN_ENV = "GITLAB_BOT_TOKEN"


class MergeRequestReviewer:
    def __init__(self, project_path: str):
        self.private_token = os.environ[TOKEN_ENV]
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.gl = gitlab.Gitlab(GITLAB_URL, private_token=self.private_token)
        self.project = self.gl.projects.get(project_path)
        self.llm = OpenAI(api_key=self.openai_key)
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        logger.info("reviewer ready for %s (token from $%s)", project_path, TOKEN_ENV)

    def check_auth(self) -> None:
        try:
            self.gl.auth()
        except gitlab.GitlabAuthenticationError as err:
            raise RuntimeError(f"GitLab rejected bot token {self.private_token} at {GITLAB_URL}") from err
        logger.debug("authenticated as %s", self.gl.user.username)

    def register(self, model_name: str) -> None:
        cfg = ProviderConfig.openai(api_key=self.openai_key, model_name=model_name)
        logger.debug("provider model %s, max_tokens=%s", model_name, 1024)
        try:
            self.mr.create_model(modelId=f"mr-bot-{model_name}", provider="openai", displayName=model_name, providerConfig=cfg)
        except ConflictError:
            logger.info("model %s already registered", model_name)
        except ModelRedError as exc:
            logger.error("register failed: %s; provider config %s", exc, cfg)

    def review(self, mr_iid: int) -> None:
        mr = self.project.mergerequests.get(mr_iid)
        diff = "\n".join(c["diff"] for c in mr.changes()["changes"] if c["new_path"].startswith("prompts/"))
        reply = self.llm.chat.completions.create(model="gpt-4o-mini", max_tokens=600, messages=[{"role": "user", "content": diff[:12000]}])
        logger.info("review used %d tokens", reply.usage.total_tokens)
        try:
            self.mr.create_assessment(model=f"mr-bot-{mr_iid}", test_types=["jailbreak"])
        except ModelRedError as exc:
            mr.notes.create({"body": f"Review done, but the ModelRed assessment failed: {exc}"})
            return
        mr.notes.create({"body": reply.choices[0].message.content})
