"""Coaching chatbot: Telegram bot that answers training questions with an LLM."""
import logging
import os

from openai import OpenAI
from modelred import ModelRed, RateLimited, APIError
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

bot_log = logging.getLogger("coachbot")

TELEGRAM_TOKEN = os.environ["COACHBOT_TELEGRAM_TOKEN"]
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
MAX_TOKENS = 400
llm = OpenAI(api_key=OPENAI_KEY)
redteam = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)

SYSTEM = "You are a friendly running coach. Keep answers under 120 words."


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE):
    question = update.message.text
    resp = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    bot_log.info("answered chat %s using %d tokens (max_tokens=%d)", update.effective_chat.id, resp.usage.total_tokens, MAX_TOKENS)
    await update.message.reply_text(resp.choices[0].message.content)


async def safety(update: Update, context: ContextTypes.DEFAULT_TYPE):
    try:
        page = redteam.list_assessments(limit=5)
    except RateLimited as e:
        bot_log.warning("modelred rate limited, retry after %s", e.retry_after)
        await update.message.reply_text("Safety report is busy, try again in a minute.")
        return
    except APIError as e:
        await update.message.reply_text(f"Could not load the safety report: {e}")
        return
    lines = [f"{a['id']}: {a['status']}" for a in page.get("data", [])]
    await update.message.reply_text("\n".join(lines) or "No assessments yet.")


def main():
    bot_log.info("starting coachbot with token %s", TELEGRAM_TOKEN)
    app = Application.builder().token(TELEGRAM_TOKEN).build()
    app.add_handler(CommandHandler("safety", safety))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, ask))
    app.run_polling()


if __name__ == "__main__":
    main()
