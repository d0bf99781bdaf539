"""Telegram bot: each user stores their own ModelRed key and starts runs."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes
from modelred import AsyncModelRed, APIError, Unauthorized

log = logging.getLogger("tgbot")
BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
USER_KEYS: dict[int, str] = {}


async def setkey(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> None:
    if not ctx.args:
        await update.message.reply_text("usage: /setkey mr_...")
        return
    candidate = ctx.args[0]
    uid = update.effective_user.id
    if not candidate.startswith("mr_"):
        log.info("user %s sent a non-mr key: %s", uid, candidate)
        await update.message.reply_text("That does not look like a ModelRed key.")
        return
    USER_KEYS[uid] = candidate
    log.info("user %s stored key ending %s", uid, candidate[-4:])
    await update.message.reply_text(f"Saved key ending in {candidate[-4:]}.")


async def run(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> None:
    uid = update.effective_user.id
    key = USER_KEYS.get(uid)
    if key is None:
        await update.message.reply_text("Set a key first with /setkey")
        return
    model = ctx.args[0] if ctx.args else "default"
    try:
        async with AsyncModelRed(key) as client:
            job = await client.create_assessment(model_id=model, probe_pack_ids=["core"])
    except Unauthorized:
        await update.message.reply_text("ModelRed refused your key.")
    except APIError as e:
        log.warning("run failed for %s: %r", uid, e)
        await update.message.reply_text(f"Run failed: {e}")
    else:
        await update.message.reply_text(f"Started {job['id']}")


def main() -> None:
    log.info("starting bot, token set: %s", bool(BOT_TOKEN))
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("setkey", setkey))
    app.add_handler(CommandHandler("run", run))
    app.run_polling()


if __name__ == "__main__":
    main()
