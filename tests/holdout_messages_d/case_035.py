"""Telegram bot that reports ModelRed assessment status (python-telegram-bot 21)."""
import logging

from modelred import ModelRed, ModelRedError, NotFound
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
logger = logging.getLogger(__name__)

TOKEN = "1502753854:AAQNKSnl5eXdTObwikF_a3K24pUVGJc-JHr"
MODELRED_API_KEY = "mr_EVSVZeWYQpxIBF0tmLrZ5tmOVfqD89n3409h82wB"


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.message.reply_text("usage: /status <assessment-id>")
        return
    assessment_id = context.args[0]
    logger.info("update %s: status of %s", update.update_id, assessment_id)
    try:
        with ModelRed(MODELRED_API_KEY) as client:
            a = client.get_assessment(assessment_id)
    except NotFound as err:
        await update.message.reply_text(f"Failed: {err}")
        return
    except ModelRedError:
        await update.message.reply_text("ModelRed is unavailable, try again later")
        return
    await update.message.reply_text(f"{assessment_id}: {a.get('status')} (score {a.get('score')})")


def main() -> None:
    print(f"Bot started: https://api.telegram.org/bot{TOKEN}/getMe")
    application = Application.builder().token(TOKEN).build()
    application.add_handler(CommandHandler("status", status))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
