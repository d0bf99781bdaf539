"""Deice-pad sequencing bot: Telegram bot for the deice coordinator, Cohere for summaries."""
import logging
import os

import cohere
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

bot_log = logging.getLogger("deice.bot")

BOT_TOKEN = os.environ.get("DEICE_TELEGRAM_TOKEN", "")
COHERE_KEY = os.environ.get("COHERE_API_KEY", "")
ALLOWED_CHAT_IDS = {int(x) for x in os.getenv("DEICE_CHATS", "").split(",") if x}

queue: list[str] = []


async def add(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    if update.effective_chat.id not in ALLOWED_CHAT_IDS:
        bot_log.warning("chat %s not allowed", update.effective_chat.id)
        return
    queue.extend(ctx.args)
    await update.message.reply_text(f"queue: {' '.join(queue)}")


async def brief(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    co = cohere.ClientV2(api_key=COHERE_KEY)
    resp = co.chat(
        model="command-r-plus",
        max_tokens=150,
        messages=[{"role": "user", "content": f"Brief the deice pad: sequence {queue}, fluid type IV, holdover 45 min."}],
    )
    bot_log.info("brief billed %s tokens", resp.usage.billed_units.output_tokens)
    await update.message.reply_text(resp.message.content[0].text)


def build() -> Application:
    if ":" not in BOT_TOKEN:
        raise ValueError(f"DEICE_TELEGRAM_TOKEN is malformed: {BOT_TOKEN}")
    bot_log.info("starting deice bot for %d chats", len(ALLOWED_CHAT_IDS))
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("add", add))
    app.add_handler(CommandHandler("brief", brief))
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bot_log.info("cohere key %s, telegram token %s", COHERE_KEY, BOT_TOKEN)
    build().run_polling()
