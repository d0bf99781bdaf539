"""Bring-your-own-key for the group summariser bot: admins set the group's OpenAI key."""
import hashlib
import logging
import os

import redis.asyncio as redis
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

log = logging.getLogger("summariser.keys")
r = redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/2"))
KEY_PREFIX = "groupkey:"


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:10]


async def setkey(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    member = await chat.get_member(update.effective_user.id)
    if member.status not in ("administrator", "creator"):
        await update.message.reply_text("Only group admins can set the key.")
        return
    if not context.args:
        await update.message.reply_text("Usage: /setkey sk-...")
        return
    new_key = context.args[0]
    await update.message.delete()  # don't leave the key in the chat history
    if not new_key.startswith("sk-"):
        log.info("chat %s: rejected key %s", chat.id, new_key)
        await context.bot.send_message(chat.id, "That isn't an OpenAI key.")
        return
    await r.set(KEY_PREFIX + str(chat.id), new_key)
    log.info("chat %s stored key fp=%s", chat.id, fingerprint(new_key))
    await context.bot.send_message(chat.id, f"Key saved (…{new_key[-4:]}).")


async def whichkey(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    stored = await r.get(KEY_PREFIX + str(update.effective_chat.id))
    if stored is None:
        await update.message.reply_text(f"No key under {KEY_PREFIX}{update.effective_chat.id}.")
        return
    openai_key = stored.decode()
    log.debug("chat %s key lookup -> fp %s", update.effective_chat.id, fingerprint(openai_key))
    await update.message.reply_text(f"Key fingerprint {fingerprint(openai_key)}, {len(openai_key)} chars.")


def main() -> None:
    token = os.environ["TELEGRAM_TOKEN"]
    app = Application.builder().token(token).build()
    app.add_handler(CommandHandler("setkey", setkey))
    app.add_handler(CommandHandler("whichkey", whichkey))
    log.info("summariser key manager up, redis prefix %s", KEY_PREFIX)
    app.run_polling()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
