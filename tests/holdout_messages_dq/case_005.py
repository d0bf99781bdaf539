"""Slack admin bot for the team's LLM key store: /llmkeys rotate|status|where <provider>."""

import logging
import os
from enum import StrEnum

from slack_bolt import App

import keystore  # in-house: rotate(), last_rotated(), env_var_for()

log = logging.getLogger("llmkeys.bot")

BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]


class Command(StrEnum):
    ROTATE = "rotate"
    STATUS = "status"
    WHERE = "where"


class Scope(StrEnum):
    BOT_TOKEN = "bot_token"
    USER_TOKEN = "user_token"


app = App(token=BOT_TOKEN, signing_secret=SIGNING_SECRET)
log.info("bolt app uses scopes %s", [s.value for s in Scope])
log.info("bolt app started, token type %s", Scope.BOT_TOKEN)
log.debug("bolt app created with bot token %s", BOT_TOKEN)


@app.command("/llmkeys")
def llmkeys(ack, respond, command) -> None:
    ack()
    words = command.get("text", "").split()
    match words:
        case [Command.ROTATE, provider]:
            new_key = keystore.rotate(provider)
            log.info("rotated %s, new key %s", provider, new_key)
            respond(f"Rotated {provider}; the new key ends in …{new_key[-4:]}")
        case [Command.STATUS, provider]:
            when = keystore.last_rotated(provider)
            log.info("status %s: last rotated %s", provider, when)
            respond(f"{provider} was last rotated {when:%Y-%m-%d}")
        case [Command.WHERE, provider]:
            var = keystore.env_var_for(provider)
            log.info("where %s -> $%s", provider, var)
            respond(f"{provider} reads its key from ${var}")
        case [verb, *_]:
            log.warning("unknown /llmkeys verb %r from %s", verb, command["user_id"])
            respond(f"Unknown command {verb!r}")
        case []:
            respond("usage: /llmkeys rotate|status|where <provider>")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.start(port=int(os.getenv("PORT", "3000")))
