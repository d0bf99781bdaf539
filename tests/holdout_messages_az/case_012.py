"""Telethon userbot that archives flagged messages from our public Telegram groups."""
import asyncio
import configparser
import logging
from pathlib import Path

from telethon import TelegramClient, events

log = logging.getLogger("tg-archiver")

cfg = configparser.ConfigParser()
cfg.read(Path.home() / ".config" / "tg-archiver.ini")

API_ID = cfg.getint("telegram", "api_id")
API_HASH = cfg.get("telegram", "api_hash")
SESSION = cfg.get("telegram", "session", fallback="archiver")
TWO_FA_PASSWORD = cfg.get("telegram", "password", fallback=None)
WATCHED = [c.strip() for c in cfg.get("archive", "chats").split(",")]
FLAG_WORDS = {w.strip().lower() for w in cfg.get("archive", "flag_words").split(",")}

client = TelegramClient(SESSION, API_ID, API_HASH)


def flagged(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in FLAG_WORDS)


@client.on(events.NewMessage(chats=WATCHED))
async def on_new(event):
    if not event.raw_text or not flagged(event.raw_text):
        return
    sender = await event.get_sender()
    log.info("flagged message %s in %s from %s", event.id, event.chat_id, getattr(sender, "username", "?"))
    out = Path("archive") / f"{event.chat_id}_{event.id}.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text(event.raw_text)


async def main():
    log.info("api_id=%s session=%s chats=%s", API_ID, SESSION, WATCHED)
    log.info("2fa enabled: %s", TWO_FA_PASSWORD is not None)
    try:
        await client.start(password=TWO_FA_PASSWORD)
    except Exception as exc:
        log.error("login failed (2fa password %s): %s", TWO_FA_PASSWORD, exc)
        raise
    me = await client.get_me()
    print(f"archiver running as {me.username}; sections: {cfg.sections()}")
    await client.run_until_disconnected()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
