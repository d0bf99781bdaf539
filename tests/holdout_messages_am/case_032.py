"""Telegram bot for store staff: check a model's last safety scan or start one."""
import logging
import os

import modelred as mr
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)
botlog = logging.getLogger("staffbot")

BOT_TOKEN = os.environ["STAFF_BOT_TOKEN"]
STAFF_CHAT_IDS = {int(x) for x in os.environ.get("STAFF_CHAT_IDS", "").split(",") if x}
MODELS = {"assistant": "storefront-assistant", "enricher": "catalogue-enricher"}


def client() -> "mr.AsyncModelRedClient":
    return mr.AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


async def scan(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.id not in STAFF_CHAT_IDS:
        botlog.warning("scan from unknown chat %s", update.effective_chat.id)
        return
    name = (context.args or ["assistant"])[0]
    model = MODELS.get(name)
    if model is None:
        await update.message.reply_text(f"Unknown model {name}. Try: {', '.join(MODELS)}")
        return
    try:
        async with client() as c:
            job = await c.create_assessment(model=model, test_types=["prompt_injection", "pii_leakage"])
    except mr.RateLimitError as e:
        botlog.info("rate limited: %s", e)
        await update.message.reply_text("ModelRed is rate limiting us, try in a minute.")
        return
    except mr.ModelRedError as e:
        await update.message.reply_text(f"Scan failed: {e}")
        return
    await update.message.reply_text(f"Scan {job['id']} started for {model}.")


def main() -> None:
    botlog.info("starting staff bot for %d chats", len(STAFF_CHAT_IDS))
    botlog.info("bot token %s", BOT_TOKEN)
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("scan", scan))
    app.run_polling()


if __name__ == "__main__":
    main()
