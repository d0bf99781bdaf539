"""telegram_bot.py - red team bot for the ML guild's Telegram group (python-telegram-bot v20)"""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes
from modelred import ModelRed, APIError, Unauthorized

logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
logger = logging.getLogger(__name__)

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
MR_KEY = os.environ["MODELRED_API_KEY"]
ALLOWED_CHATS = {int(c) for c in os.environ.get("ALLOWED_CHATS", "").split(",") if c}


async def start_run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_id = update.effective_chat.id
    if chat_id not in ALLOWED_CHATS:
        logger.warning("chat %s not allowed", chat_id)
        return
    if not context.args:
        await update.message.reply_text("usage: /run <model-id> [pack]")
        return
    model_id = context.args[0]
    pack = context.args[1] if len(context.args) > 1 else "jailbreak-basic"
    try:
        with ModelRed(MR_KEY) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=[pack])
    except Unauthorized:
        logger.critical("ModelRed key rejected; key ends with %s", MR_KEY[-4:])
        await update.message.reply_text("The bot's ModelRed key is not valid any more.")
        return
    except APIError as e:
        await update.message.reply_text("Run failed: " + str(e))
        return
    await update.message.reply_text(f"Started {a['id']} on {model_id} ({pack})")


async def whoami(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(f"chat id {update.effective_chat.id}")


def main() -> None:
    logger.info("bot starting with token %s", BOT_TOKEN)
    logger.info("allowed chats: %s", sorted(ALLOWED_CHATS))
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("run", start_run))
    app.add_handler(CommandHandler("whoami", whoami))
    app.run_polling()


if __name__ == "__main__":
    main()
