"""Telegram trading bot: /scan asks ModelRed to red-team the user's strategy prompt (gen 3)."""
import logging
import os

from modelred import ModelRed, ModelRedError, NotAllowedForApiKey, ValidationFailed
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

log = logging.getLogger("tgbot")

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
MR_KEY = os.environ["MODELRED_API_KEY"]
ALLOWED_CHATS = {int(c) for c in os.environ.get("ALLOWED_CHATS", "").split(",") if c}

mr = ModelRed(MR_KEY, timeout=30.0)


async def scan(update: Update, context: ContextTypes.DEFAULT_TYPE):
    chat_id = update.effective_chat.id
    if chat_id not in ALLOWED_CHATS:
        log.warning("chat %s not allowed", chat_id)
        return
    model_id = (context.args or ["strategy-bot"])[0]
    try:
        a = mr.create_assessment(model_id=model_id, probe_pack_ids=["finance-basic"])
    except ValidationFailed as e:
        await update.message.reply_text(f"Scan rejected: {e}")
        return
    except NotAllowedForApiKey:
        await update.message.reply_text("This bot's key cannot start scans.")
        return
    except ModelRedError as e:
        log.exception("scan failed for chat %s", chat_id)
        await update.message.reply_text(f"Scan failed ({type(e).__name__}).")
        return
    await update.message.reply_text(f"Started assessment {a['id']}")


async def whoami(update: Update, context: ContextTypes.DEFAULT_TYPE):
    await update.message.reply_text(f"chat {update.effective_chat.id}")


def main():
    log.info("starting bot, token set=%s", bool(BOT_TOKEN))
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("scan", scan))
    app.add_handler(CommandHandler("whoami", whoami))
    log.debug("bot token %s, modelred key %s", BOT_TOKEN, MR_KEY)
    app.run_polling()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
