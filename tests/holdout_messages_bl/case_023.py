"""Async ChatOps bot for Telegram: /status and /promote for the LLM gateway (generation 3, async)."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes
from modelred import AsyncModelRed, Forbidden, LimitExceeded, ModelRedError

logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("gatewaybot")

TELEGRAM_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
ADMINS = {int(x) for x in os.environ.get("ADMIN_IDS", "").split(",") if x}


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE):
    async with AsyncModelRed(MODELRED_KEY) as mr:
        try:
            page = await mr.list_assessments(limit=5)
        except LimitExceeded as e:
            await update.message.reply_text(f"ModelRed limit reached: {e}")
            return
        except ModelRedError as e:
            log.warning("list_assessments failed with %s", getattr(e, "status_code", "?"))
            await update.message.reply_text("ModelRed unavailable")
            return
    lines = [f"{a['id']}: {a['status']}" for a in page["data"]]
    await update.message.reply_text("\n".join(lines) or "no assessments")


async def promote(update: Update, context: ContextTypes.DEFAULT_TYPE):
    user = update.effective_user
    if user.id not in ADMINS:
        log.info("promote refused for %s", user.id)
        return
    model_id = context.args[0] if context.args else None
    if not model_id:
        await update.message.reply_text("usage: /promote <model-id>")
        return
    async with AsyncModelRed(MODELRED_KEY, timeout=30.0) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["release-gate"])
        except Forbidden:
            log.error("key %s may not create assessments for %s", MODELRED_KEY, model_id)
            await update.message.reply_text("this key may not run release gates")
            return
    await update.message.reply_text(f"release gate {job['id']} running for {model_id}")


def main():
    log.info("starting bot, admins=%s, token set=%s", sorted(ADMINS), bool(TELEGRAM_TOKEN))
    app = Application.builder().token(TELEGRAM_TOKEN).build()
    app.add_handler(CommandHandler("status", status))
    app.add_handler(CommandHandler("promote", promote))
    app.run_polling()


if __name__ == "__main__":
    main()
