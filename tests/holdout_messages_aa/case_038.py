"""Teams messaging extension: `redteam <model>` from the compose box (ModelRed 0.1.40)."""
from __future__ import annotations

import logging
from typing import Final

from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from modelred import ModelRed, APIError, ServerError, Unauthorized, ValidationFailed

log = logging.getLogger("teams.redteam")
DEFAULT_PACKS: Final = ("owasp-llm-top10",)
ERR_AUTH_TOKEN: Final = "AUTH_TOKEN_INVALID"


class RedTeamHandler(ActivityHandler):
    def __init__(self, mr_key: str, packs: tuple[str, ...] = DEFAULT_PACKS) -> None:
        self._mr_key = mr_key
        self._packs = list(packs)

    def _start(self, model_id: str) -> str:
        with ModelRed(self._mr_key, timeout=20.0, max_retries=2) as mr:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=self._packs)
        return run["id"]

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        text = TurnContext.remove_recipient_mention(turn_context.activity) or ""
        parts = text.split()
        if len(parts) != 2 or parts[0].lower() != "redteam":
            await turn_context.send_activity("Try: `redteam <model-id>`")
            return
        model_id = parts[1]
        try:
            run_id = self._start(model_id)
        except Unauthorized:
            log.error("ModelRed key rejected (%s)", ERR_AUTH_TOKEN)
            await turn_context.send_activity("The bot is misconfigured. Please tell the platform team.")
            return
        except (ValidationFailed, ServerError) as e:
            await turn_context.send_activity(MessageFactory.text(str(e)))
            return
        except APIError as e:
            log.warning("run for %s failed: %s", model_id, e)
            raise RuntimeError("red-team run failed") from e
        await turn_context.send_activity(f"Started run `{run_id}` for `{model_id}`.")

    def describe(self) -> str:
        return f"RedTeamHandler(packs={self._packs}, key=…{self._mr_key[-4:]})"


def make_handler(mr_key: str) -> RedTeamHandler:
    if not mr_key.startswith("mr_"):
        log.error("refusing key without mr_ prefix: %s", mr_key)
        raise ValueError("MODELRED_API_KEY must start with mr_")
    return RedTeamHandler(mr_key)
