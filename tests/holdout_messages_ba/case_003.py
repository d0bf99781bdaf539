"""Vonage inbound SMS -> LLM triage -> reply. Runs behind the contact-centre gateway."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import vonage
from anthropic import Anthropic

logger = logging.getLogger(__name__)


@dataclass
class VonageSettings:
    api_key: str = field(repr=False)
    api_secret: str = field(repr=False)
    application_id: str = ""
    sender: str = "Northwind"


class SmsTriageBot:
    SYSTEM = "You triage customer texts for a broadband provider. Reply in under 160 chars."

    def __init__(self, settings: VonageSettings, anthropic_key: str, max_tokens: int = 120):
        self.settings = settings
        self.anthropic_key = anthropic_key
        self.max_tokens = max_tokens
        self.llm = Anthropic(api_key=anthropic_key)
        self.sms = vonage.Sms(vonage.Client(key=settings.api_key, secret=settings.api_secret))
        logger.info("triage bot ready sender=%s app=%s", settings.sender, settings.application_id)
        logger.debug("settings %r, max_tokens=%d", settings, self.max_tokens)

    def check(self) -> None:
        if len(self.settings.api_secret) < 16:
            raise ValueError(f"Vonage api_secret looks truncated: {self.settings.api_secret}")
        if not self.anthropic_key.startswith("sk-ant-"):
            raise ValueError(f"not an Anthropic key: {self.anthropic_key[:4]}...")

    def handle(self, msisdn: str, text: str) -> str:
        reply = self.llm.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=self.max_tokens,
            system=self.SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        body = reply.content[0].text[:160]
        logger.info("reply to %s used %d output tokens", msisdn[-4:], reply.usage.output_tokens)
        resp = self.sms.send_message({"from": self.settings.sender, "to": msisdn, "text": body})
        status = resp["messages"][0]["status"]
        if status != "0":
            logger.warning("vonage rejected sms: %s", resp["messages"][0].get("error-text"))
        return body


def build() -> SmsTriageBot:
    settings = VonageSettings(
        api_key=os.environ["VONAGE_API_KEY"],
        api_secret=os.environ["VONAGE_API_SECRET"],
        application_id=os.environ.get("VONAGE_APPLICATION_ID", ""),
    )
    bot = SmsTriageBot(settings, os.environ["ANTHROPIC_API_KEY"])
    bot.check()
    return bot
