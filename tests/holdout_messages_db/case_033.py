"""Channels chat consumer: Anthropic replies, screened by a ModelRed guard probe first (gen 3)."""
import logging
import os

from anthropic import Anthropic, APIStatusError
from channels.generic.websocket import JsonWebsocketConsumer
from django.conf import settings

from modelred import ModelRed, ModelRedError, RateLimited

logger = logging.getLogger("chat.consumer")

ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY"
MAX_TOKENS = 700


class ChatConsumer(JsonWebsocketConsumer):
    def connect(self):
        self.anthropic_key = os.environ.get(ANTHROPIC_KEY_ENV, "")
        self.llm = Anthropic(api_key=self.anthropic_key)
        self.guard = ModelRed(settings.MODELRED_API_KEY, timeout=5.0)
        self.accept()
        logger.info("chat connected user=%s max_tokens=%s", self.scope["user"].pk, MAX_TOKENS)

    def receive_json(self, content, **kwargs):
        text = (content.get("text") or "")[:4000]
        try:
            pack = self.guard.get_probe_pack(settings.GUARD_PACK_ID)
        except RateLimited as exc:
            self.send_json({"type": "warning", "message": f"guard busy, retry in {exc.retry_after}s"})
            return
        except ModelRedError as exc:
            logger.warning("guard unavailable: %s", exc)
            self.send_json({"type": "error", "message": str(exc)})
            return
        try:
            msg = self.llm.messages.create(model=settings.CHAT_MODEL, max_tokens=MAX_TOKENS,
                                           system=pack.get("system_hint", ""), messages=[{"role": "user", "content": text}])
        except APIStatusError as exc:
            if exc.status_code == 401:
                logger.error("anthropic rejected key %s", self.anthropic_key)
            self.send_json({"type": "error", "message": "assistant unavailable"})
            return
        logger.info("reply: %s in / %s out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        self.send_json({"type": "reply", "text": msg.content[0].text})

    def disconnect(self, code):
        self.guard.close()
        logger.info("chat closed %s", code)
