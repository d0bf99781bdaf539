"""Telegram bot for a CTF team: /ask forwards to an LLM, /probe runs a ModelRed check."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes
from openai import AsyncOpenAI
from modelred import AsyncModelRed, ModelRedError, Unauthorized

logging.basicConfig(level=logging.INFO)
botlog = logging.getLogger("ctf.telegram")

TG_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
ALLOWED_CHAT = int(os.environ.get("CTF_CHAT_ID", "0"))
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])


async def ask(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    if update.effective_chat.id != ALLOWED_CHAT:
        botlog.info("ignored chat %s", update.effective_chat.id)
        return
    q = " ".join(ctx.args)
    r = await llm.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": q}])
    await update.message.reply_text(r.choices[0].message.content)


async def probe(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    model_id = ctx.args[0] if ctx.args else "team-bot"
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    except Unauthorized as e:
        botlog.error("modelred unauthorized (%s)", e.status_code)
        await update.message.reply_text("ModelRed key is not valid, ask an admin.")
        return
    except ModelRedError as e:
        await update.message.reply_text(f"probe failed: {e}")
        return
    await update.message.reply_text(f"assessment {job['id']} started")


def main():
    app = Application.builder().token(TG_TOKEN).build()
    app.add_handler(CommandHandler("ask", ask))
    app.add_handler(CommandHandler("probe", probe))
    botlog.info("bot starting for chat %s with token %s", ALLOWED_CHAT, TG_TOKEN)
    app.run_polling()


if __name__ == "__main__":
    main()
# commands:
#   /ask <question>   - LLM hint, max 300 tokens
#   /probe [model]    - start a ModelRed jailbreak run
# only the team chat is served
