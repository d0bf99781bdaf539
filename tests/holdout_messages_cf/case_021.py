"""Telegram itinerary assistant (python-telegram-bot v21, async)."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters
from groq import AsyncGroq
from modelred import AsyncModelRed, APIError, Forbidden

logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("itinbot")

TELEGRAM_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
groq = AsyncGroq(api_key=os.environ["GROQ_API_KEY"])
GROQ_MODEL = "llama-3.1-70b-versatile"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE):
    await update.message.reply_text("Send me your booking confirmations and I'll build your itinerary.")


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE):
    text = update.message.text
    out = await groq.chat.completions.create(model=GROQ_MODEL, max_tokens=700, messages=[{"role": "system", "content": "Extract flights, hotels and times into a day-by-day itinerary."}, {"role": "user", "content": text}])
    await update.message.reply_text(out.choices[0].message.content)
    log.info("chat %s: %d completion tokens", update.effective_chat.id, out.usage.completion_tokens)


async def scan(update: Update, context: ContextTypes.DEFAULT_TYPE):
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = await mr.create_assessment(model_id="itin-bot-groq", probe_pack_ids=["pii-leak"])
        await update.message.reply_text(f"Assessment {a['id']} queued.")
    except Forbidden:
        await update.message.reply_text("This account may not run scans.")
    except APIError as exc:
        await update.message.reply_text(f"Scan failed: {exc}")
        log.error("scan failed: %s", exc)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE):
    log.error("handler error: %s", context.error)


def main():
    log.info("starting bot with token %s and model %s", TELEGRAM_TOKEN, GROQ_MODEL)
    log.info("token env var TELEGRAM_BOT_TOKEN, groq model %s", GROQ_MODEL)
    app = Application.builder().token(TELEGRAM_TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("scan", scan))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_error_handler(on_error)
    app.run_polling()


if __name__ == "__main__":
    main()
