"""Personal Telegram assistant on the home server (python-telegram-bot v21)."""
import logging
import os

from openai import AsyncOpenAI
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("tgbot")

TG_TOKEN = os.environ["TELEGRAM_TOKEN"]
ALLOWED = {int(x) for x in os.environ.get("ALLOWED_CHAT_IDS", "").split(",") if x}
oai = AsyncOpenAI()
settings = {"model": "gpt-4o-mini", "max_tokens": 400, "openai_key": os.environ["OPENAI_API_KEY"]}


async def start(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    await update.message.reply_text("hi! just talk to me.")


async def settings_cmd(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    shown = {k: v for k, v in settings.items() if k != "openai_key"}
    log.info("settings requested: %s", shown)
    await update.message.reply_text(str(shown))


async def chat(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    if update.effective_chat.id not in ALLOWED:
        log.warning("ignored chat %s", update.effective_chat.id)
        return
    r = await oai.chat.completions.create(
        model=settings["model"],
        max_tokens=settings["max_tokens"],
        messages=[{"role": "user", "content": update.message.text}],
    )
    log.info("reply used %d tokens", r.usage.total_tokens)
    await update.message.reply_text(r.choices[0].message.content)


def main():
    log.info("settings at boot: %s", settings)
    app = Application.builder().token(TG_TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("settings", settings_cmd))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, chat))
    log.info("polling with token %s", TG_TOKEN)
    app.run_polling()


if __name__ == "__main__":
    main()
