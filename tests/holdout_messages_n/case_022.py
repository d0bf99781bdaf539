"""Zulip bot: `@redteam status <assessment-id>` in any stream."""
import logging
import os
from typing import Any, Dict

from modelred import ModelRed, APIError, NotAllowedForApiKey

log = logging.getLogger(__name__)


class RedTeamHandler:
    META = {"name": "redteam", "description": "ModelRed assessment status"}

    def usage(self) -> str:
        return "status <assessment-id> | models"

    def initialize(self, bot_handler: Any) -> None:
        cfg = bot_handler.get_config_info("redteam")
        self.api_key = cfg["modelred_api_key"]
        self.allowed_streams = {s.strip() for s in cfg.get("streams", "").split(",") if s.strip()}
        self.client = ModelRed(self.api_key)
        log.info("redteam bot for streams %s", sorted(self.allowed_streams))

    def handle_message(self, message: Dict[str, Any], bot_handler: Any) -> None:
        words = message["content"].split()
        if not words:
            bot_handler.send_reply(message, self.usage())
            return
        try:
            if words[0] == "status" and len(words) == 2:
                a = self.client.get_assessment(words[1])
                reply = f"{a.id}: {a.status}"
            elif words[0] == "models":
                reply = ", ".join(m.id for m in self.client.list_models())
            else:
                reply = self.usage()
        except NotAllowedForApiKey as e:
            log.error("bot key lacks permission: %s", e)
            reply = "This bot is not allowed to do that."
        except APIError as e:
            reply = f"ModelRed error: {e}"
        bot_handler.send_reply(message, reply)

    def debug_config(self, bot_handler: Any) -> None:
        cfg = bot_handler.get_config_info("redteam")
        log.debug("redteam config: %s", cfg)


handler_class = RedTeamHandler
