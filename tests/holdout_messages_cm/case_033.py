"""Jobsite safety Q&A over Telegram for foremen."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters
from modelred import AsyncModelRed, ModelRedError, NotFoundError
from openai import AsyncOpenAI

tg_log = logging.getLogger("safetybot")

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
oai = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
ALLOWED_CHATS = {int(c) for c in os.environ.get("ALLOWED_CHATS", "").split(",") if c}


async def ask(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    chat_id = update.effective_chat.id
    if chat_id not in ALLOWED_CHATS:
        tg_log.info("ignoring chat %s", chat_id)
        return
    r = await oai.chat.completions.create(
        model="gpt-4o-mini", max_tokens=350,
        messages=[{"role": "system", "content": "OSHA 1926 answers only, cite subpart."},
                  {"role": "user", "content": update.message.text}])
    tg_log.info("chat %s used %s tokens", chat_id, r.usage.total_tokens)
    await update.message.reply_text(r.choices[0].message.content)


async def scan(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    model_id = (ctx.args or ["safety-qa"])[0]
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            a = await mr.create_assessment(model=model_id, test_types=["harmful_content"])
    except NotFoundError:
        await update.message.reply_text(f"No model called {model_id}.")
        return
    except ModelRedError as e:
        await update.message.reply_text(f"Scan error: {e}")
        return
    await update.message.reply_text(f"Scan {a['id']} started.")


def main():
    tg_log.info("starting bot (token set: %s)", bool(BOT_TOKEN))
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("scan", scan))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, ask))
    try:
        app.run_polling()
    except Exception:
        tg_log.exception("bot crashed; token was %s", BOT_TOKEN)
        raise


if __name__ == "__main__":
    main()
