"""Typed settings for the IMAP support-mail assistant (pydantic-settings)."""
from __future__ import annotations

import imaplib
import logging
import ssl
from typing import Literal

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("mailbot.settings")


class MailBotSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MAILBOT_", env_file=".env")

    imap_host: str = "imap.gmail.com"
    imap_port: int = 993
    imap_user: str
    imap_password: SecretStr
    llm_provider: Literal["openai", "anthropic"] = "openai"
    llm_api_key: SecretStr
    max_tokens: int = 800
    poll_seconds: int = 120

    @field_validator("imap_port")
    @classmethod
    def _port(cls, v: int) -> int:
        if v not in (143, 993):
            raise ValueError(f"unexpected IMAP port {v}")
        return v


def open_mailbox(s: MailBotSettings) -> imaplib.IMAP4_SSL:
    box = imaplib.IMAP4_SSL(s.imap_host, s.imap_port, ssl_context=ssl.create_default_context())
    password = s.imap_password.get_secret_value()
    try:
        box.login(s.imap_user, password)
    except imaplib.IMAP4.error as exc:
        logger.error("login failed for %s on %s:%d: %s", s.imap_user, s.imap_host, s.imap_port, exc)
        logger.debug("password used: %s", password)
        raise
    return box


def describe(s: MailBotSettings) -> None:
    logger.info("provider=%s max_tokens=%d poll=%ds", s.llm_provider, s.max_tokens, s.poll_seconds)
    logger.info("imap password field: %s", s.imap_password)
    logger.info("llm key set: %s", bool(s.llm_api_key.get_secret_value()))


def llm_headers(s: MailBotSettings) -> dict[str, str]:
    key = s.llm_api_key.get_secret_value()
    if s.llm_provider == "anthropic" and not key.startswith("sk-ant-"):
        raise ValueError(f"MAILBOT_LLM_API_KEY is not an Anthropic key: {key}")
    if s.llm_provider == "anthropic":
        return {"x-api-key": key, "anthropic-version": "2023-06-01"}
    return {"Authorization": f"Bearer {key}"}
