# telegram bot for the eval team: /scan <model> kicks off a ModelRed assessment
import logging
import os

from modelred import ConflictError, ModelRed, RateLimitError, ValidationError
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(format="%(asctime)s - %(name)s - %(levelname)s - %(message)s", level=logging.INFO)
logger = logging.getLogger(__name__)

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
ALLOWED = {int(x) for x in os.environ.get("ALLOWED_CHAT_IDS", "").split(",") if x}
client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


async def scan(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_id = update.effective_chat.id
    if chat_id not in ALLOWED:
        logger.warning("chat %s not allowed", chat_id)
        return
    if not context.args:
        await update.message.reply_text("usage: /scan <model-name> [test types...]")
        return
    model, *tests = context.args
    try:
        job = client.create_assessment(model=model, test_types=tests or ["prompt_injection"], priority="high")
    except ValidationError as e:
        await update.message.reply_text(f"Invalid request: {e}")
        return
    except ConflictError:
        await update.message.reply_text(f"A scan for {model} is already running.")
        return
    except RateLimitError as e:
        logger.info("rate limited for chat %s: %s", chat_id, e)
        await update.message.reply_text("Slow down a bit, then retry.")
        return
    await update.message.reply_text(f"Queued {job['id']} for {model}")


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    logger.error("update %s caused error", update, exc_info=context.error)


def main() -> None:
    logger.info("starting bot %s with token %s", os.environ.get("BOT_NAME", "evalbot"), BOT_TOKEN)
    logger.info("allowed chats: %s", sorted(ALLOWED))
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("scan", scan))
    app.add_error_handler(error_handler)
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
