from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import asdict, dataclass, field

from nio import AsyncClient, MatrixRoom, RoomMessageText
from modelred import AsyncModelRed, APIError, Forbidden, NotFound

logger = logging.getLogger("matrix.redteam")


@dataclass
class BotConfig:
    homeserver: str
    user_id: str
    access_token: str
    modelred_key: str
    packs: list[str] = field(default_factory=lambda: ["jailbreak-core"])

    @classmethod
    def from_env(cls) -> "BotConfig":
        return cls(os.environ["MATRIX_HS"], os.environ["MATRIX_USER_ID"], os.environ["MATRIX_ACCESS_TOKEN"],
                   os.environ["MODELRED_API_KEY"])


class RedTeamBot:
    def __init__(self, cfg: BotConfig) -> None:
        self.cfg = cfg
        self.client = AsyncClient(cfg.homeserver, cfg.user_id)
        self.client.access_token = cfg.access_token

    async def notice(self, room_id: str, text: str) -> None:
        await self.client.room_send(room_id, "m.room.message", {"msgtype": "m.notice", "body": text})

    async def on_message(self, room: MatrixRoom, event: RoomMessageText) -> None:
        if not event.body.startswith("!redteam "):
            return
        model_id = event.body.split(maxsplit=1)[1]
        logger.info("run on %s requested in %s by %s", model_id, room.room_id, event.sender)
        try:
            async with AsyncModelRed(self.cfg.modelred_key, timeout=30.0) as mr:
                run = await mr.create_assessment(model_id=model_id, probe_pack_ids=self.cfg.packs)
        except (NotFound, Forbidden) as exc:
            await self.notice(room.room_id, f"Cannot run on {model_id}: {type(exc).__name__}")
            return
        except APIError as exc:
            await self.client.room_send(room.room_id, "m.room.message", {"msgtype": "m.notice", "body": f"ModelRed error: {exc}"})
            return
        await self.notice(room.room_id, f"Run {run['id']} started.")

    async def run(self) -> None:
        logger.info("bot %s on %s, packs %s", self.cfg.user_id, self.cfg.homeserver, self.cfg.packs)
        logger.debug("config %s", asdict(self.cfg))
        self.client.add_event_callback(self.on_message, RoomMessageText)
        await self.client.sync_forever(timeout=30000)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(RedTeamBot(BotConfig.from_env()).run())
