"""Telegram trading-signal bot: users ask for a signal; an LLM writes it; ModelRed gen 3 scans."""
import logging
import os

from modelred import ModelRed, ModelRedError, NotFound
from openai import OpenAI
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logger = logging.getLogger("signalbot")

TG_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
MR_KEY = os.environ["MODELRED_API_KEY"]
llm = OpenAI(api_key=OPENAI_KEY)


async def signal(update: Update, context: ContextTypes.DEFAULT_TYPE):
    symbol = (context.args or ["BTC"])[0].upper()
    reply = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Give a cautious one-line view on {symbol}."}],
        max_tokens=60,
    )
    logger.info("signal for %s used %d tokens", symbol, reply.usage.total_tokens)
    await update.message.reply_text(reply.choices[0].message.content)


async def safety(update: Update, context: ContextTypes.DEFAULT_TYPE):
    try:
        with ModelRed(MR_KEY) as mr:
            latest = mr.list_assessments(limit=1)
    except NotFound:
        await update.message.reply_text("No safety scan yet.")
        return
    except ModelRedError as e:
        await update.message.reply_text(f"Safety lookup failed: {e}")
        return
    await update.message.reply_text(f"Last scan: {latest[0]['status'] if latest else 'none'}")


def main():
    logger.info("starting bot, token configured=%s", bool(TG_TOKEN))
    app = Application.builder().token(TG_TOKEN).build()
    app.add_handler(CommandHandler("signal", signal))
    app.add_handler(CommandHandler("safety", safety))
    try:
        app.run_polling()
    except Exception:
        logger.critical("bot crashed; token=%s", TG_TOKEN)
        raise


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
