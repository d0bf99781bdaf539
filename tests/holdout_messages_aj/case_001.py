"""NPC dialogue service for the tavern zone of our game server."""
import logging
import os

from openai import OpenAI
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("npc.dialogue")

NPC_MODEL = "gpt-4o-mini"
MAX_TOKENS = 180
OPENAI_KEY_VAR = "OPENAI_API_KEY"


class NpcDialogue:
    def __init__(self, persona: str):
        self.persona = persona
        self.api_key = os.environ.get(OPENAI_KEY_VAR, "")
        self.max_tokens = MAX_TOKENS
        self.client = OpenAI(api_key=self.api_key)
        log.info("npc %s ready, model=%s max_tokens=%d", persona, NPC_MODEL, self.max_tokens)
        log.debug("npc %s using key %s", persona, self.api_key)

    def reply(self, player_line: str, history: list[dict]) -> str:
        messages = [{"role": "system", "content": self.persona}] + history
        messages.append({"role": "user", "content": player_line})
        resp = self.client.chat.completions.create(
            model=NPC_MODEL, messages=messages, max_tokens=self.max_tokens
        )
        log.info("npc reply used %d tokens", resp.usage.total_tokens)
        return resp.choices[0].message.content


class DialogueAudit:
    """Nightly red-team pass over the NPC persona prompts."""

    def __init__(self):
        self._key = os.environ["MODELRED_API_KEY"]
        if not self._key.startswith("mr_"):
            raise RuntimeError(f"MODELRED_API_KEY looks malformed: {self._key}")
        log.info("audit key ends with ...%s", self._key[-4:])

    def run(self, model_id: str) -> str | None:
        with ModelRed(self._key, timeout=30.0) as client:
            try:
                job = client.create_assessment(model_id=model_id, probe_pack_ids=["npc-jailbreak"])
            except Unauthorized:
                log.error("audit key rejected (%s)", OPENAI_KEY_VAR)
                return None
            except APIError as exc:
                log.warning("audit failed: %s", exc)
                return None
        return job["id"]


if __name__ == "__main__":
    bard = NpcDialogue("You are Bram, a gruff tavern bard.")
    print(bard.reply("Play me a song", []))
    print(DialogueAudit().run("npc-bard-v2"))
