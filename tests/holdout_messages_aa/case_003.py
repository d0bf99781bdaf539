"""Telegram bot that lets the ML team start a ModelRed red-team run from a chat."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from modelred import ModelRed, APIError, NotFound, RateLimited

log = logging.getLogger(__name__)

ALLOWED_CHATS = {int(x) for x in os.environ.get("REDTEAM_CHATS", "").split(",") if x}
PACKS = ["jailbreak-core", "prompt-injection-basic"]


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)


async def redteam(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_id = update.effective_chat.id
    if chat_id not in ALLOWED_CHATS:
        await update.message.reply_text("This chat is not allowed to start runs.")
        return
    if not context.args:
        await update.message.reply_text("usage: /redteam <model-id>")
        return
    model_id = context.args[0]
    try:
        with _client() as mr:
            run = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS)
    except NotFound:
        await update.message.reply_text(f"No model called {model_id!r}.")
        return
    except RateLimited as e:
        log.warning("modelred rate limited for chat %s: %s", chat_id, e)
        await update.message.reply_text("Too many runs right now, try again in a minute.")
        return
    except APIError as e:
        await update.message.reply_text(f"Could not start the run: {e}")
        return
    await update.message.reply_text(f"Started assessment {run['id']} on {model_id}.")


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assessment_id = (context.args or [""])[0]
    try:
        with _client() as mr:
            a = mr.get_assessment(assessment_id)
    except APIError as exc:
        log.error("get_assessment failed: %s", type(exc).__name__)
        await update.message.reply_text(f"Lookup failed ({type(exc).__name__}).")
        return
    await update.message.reply_text(f"{assessment_id}: {a.get('status')} score={a.get('score')}")


def main() -> None:
    tg_token = os.environ["TELEGRAM_BOT_TOKEN"]
    app = Application.builder().token(tg_token).build()
    app.add_handler(CommandHandler("redteam", redteam))
    app.add_handler(CommandHandler("status", status))
    log.info("telegram bot up, token configured: %s", bool(tg_token))
    app.run_polling()


if __name__ == "__main__":
    main()
