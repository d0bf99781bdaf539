"""Tool input models for the ops agent (pydantic v2), validated before any call is made."""
from __future__ import annotations

import logging
import re
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, ValidationInfo, field_validator

log = logging.getLogger("ops.tools")
PAT_RE = re.compile(r"^(ghp|github_pat)_[A-Za-z0-9_]{20,}$")


class DeployArgs(BaseModel):
    service: str
    environment: Literal["staging", "production"]
    registry_password: SecretStr
    max_tokens: int = Field(512, description="budget for the release-notes summary")

    def describe(self) -> str:
        return f"{self.service}->{self.environment} (password {self.registry_password})"


class RepoArgs(BaseModel):
    repo: str = Field(pattern=r"^[\w.-]+/[\w.-]+$")
    github_token: str
    branch: str = "main"

    @field_validator("github_token")
    @classmethod
    def check_token(cls, v: str, info: ValidationInfo) -> str:
        if not PAT_RE.match(v):
            raise ValueError(f"github_token {v} is not a personal access token")
        return v


class WebhookArgs(BaseModel):
    url: str
    secret: str
    events: list[str] = ["deploy"]

    @field_validator("secret")
    @classmethod
    def long_enough(cls, v: str) -> str:
        if len(v) < 32:
            raise ValueError(f"webhook secret must be at least 32 characters, got {len(v)}")
        return v


def parse_tool_args(name: str, raw: dict) -> BaseModel:
    model = {"deploy": DeployArgs, "repo": RepoArgs, "webhook": WebhookArgs}[name]
    log.debug("validating %s args with fields %s", name, sorted(raw))
    args = model.model_validate(raw)
    log.info("validated %s: %s", name, args.model_dump(exclude={"github_token", "secret"}))
    if isinstance(args, WebhookArgs) and not args.url.startswith("https://"):
        raise ValueError(f"webhook {args.url} must use https (secret {args.secret})")
    return args
