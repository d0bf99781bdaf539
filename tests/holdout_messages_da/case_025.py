"""GM console commands inside the game server: lets game masters probe the NPC model."""
import logging
import os
from typing import Callable

from modelred import AsyncModelRed, APIError, NotAllowedForApiKey, ValidationFailed

log = logging.getLogger("gameserver.gmconsole")

COMMANDS: dict[str, Callable] = {}


def gm_command(name: str):
    def deco(fn):
        COMMANDS[name] = fn
        return fn
    return deco


@gm_command("redscan")
async def redscan(session, args: list[str]) -> None:
    model_id = args[0] if args else "npc-dialogue-tavern"
    packs = args[1].split(",") if len(args) > 1 else ["jailbreak"]
    key = os.environ["MODELRED_API_KEY"]
    try:
        async with AsyncModelRed(key, timeout=15.0) as mr:
            run = await mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except NotAllowedForApiKey:
        await session.send_system_message("This server's ModelRed key may not start scans.")
        return
    except ValidationFailed as exc:
        log.info("bad scan args from %s: %s", session.player_name, exc)
        await session.send_system_message(f"Invalid arguments ({exc.status_code}).")
        return
    except APIError as exc:
        await session.send_system_message(f"[GM] scan error: {exc}")
        return
    log.info("GM %s started scan %s on %s", session.player_name, run["id"], model_id)
    await session.send_system_message(f"[GM] scan {run['id']} queued")


@gm_command("whoami")
async def whoami(session, args: list[str]) -> None:
    await session.send_system_message(f"{session.player_name} ({session.player_id}) role={session.role}")


async def dispatch(session, line: str) -> None:
    name, *args = line.lstrip("/").split()
    fn = COMMANDS.get(name)
    if fn is None:
        await session.send_system_message(f"unknown GM command {name}")
        return
    if session.role != "gm":
        log.warning("non-GM %s tried /%s with session token %s", session.player_id, name, session.auth_token)
        return
    await fn(session, args)
