"""Volunteer scheduling bot for Telegram: sign up for shifts, get reminders."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes
from mistralai import Mistral

logging.basicConfig(level=logging.INFO)
tg_log = logging.getLogger("shiftbot")

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
SHIFTS = {"sat-am": "Saturday 9-12 pantry", "sat-pm": "Saturday 1-4 sorting", "wed-eve": "Wednesday 6-8 delivery"}


async def shifts(update: Update, context: ContextTypes.DEFAULT_TYPE):
    lines = [f"/signup {k} — {v}" for k, v in SHIFTS.items()]
    await update.message.reply_text("\n".join(lines))


async def signup(update: Update, context: ContextTypes.DEFAULT_TYPE):
    if not context.args or context.args[0] not in SHIFTS:
        await update.message.reply_text("Usage: /signup <shift>")
        return
    shift = context.args[0]
    user = update.effective_user
    tg_log.info("user %s signed up for %s", user.id, shift)
    res = mistral.chat.complete(
        model="mistral-small-latest",
        max_tokens=80,
        messages=[{"role": "user", "content": f"One cheerful sentence thanking {user.first_name} for the {SHIFTS[shift]} shift."}],
    )
    tg_log.info("mistral tokens: %s", res.usage.total_tokens)
    await update.message.reply_text(res.choices[0].message.content)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE):
    tg_log.error("handler error: %s", context.error)


def main():
    tg_log.info("bot token configured: %s", bool(BOT_TOKEN))
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("shifts", shifts))
    app.add_handler(CommandHandler("signup", signup))
    app.add_error_handler(on_error)
    try:
        app.run_polling()
    except Exception:
        tg_log.critical("polling crashed; bot token %s", BOT_TOKEN)
        raise


if __name__ == "__main__":
    main()
