"""Admin-only Telegram command that rotates the bot's ModelRed key stored in Vault."""
import logging
import os
import sys

import hvac
from telegram import Update
from telegram.ext import ContextTypes

from modelred import ModelRed, APIError, NotAllowedForApiKey

log = logging.getLogger("tg.rotate")
ADMIN_IDS = {int(x) for x in os.environ.get("TG_ADMINS", "").split(",") if x}
VAULT_PATH = "bots/telegram/modelred"
vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])


def current_key() -> str:
    return vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]["api_key"]


async def rotate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user.id not in ADMIN_IDS:
        await update.message.reply_text("Admins only.")
        return
    if not context.args or not context.args[0].startswith("mr_"):
        await update.message.reply_text("Usage: /rotate mr_... (paste the new key in a private chat)")
        return
    old_key, new_key = current_key(), context.args[0]
    await update.message.delete()
    try:
        with ModelRed(new_key, timeout=10.0) as mr:
            models = mr.list_models()
    except NotAllowedForApiKey:
        await update.message.reply_text("That key cannot list models; give it read scope first.")
        return
    except APIError as exc:
        log.warning("new key check failed: %s", type(exc).__name__)
        await update.message.reply_text("The new key did not work; nothing was changed.")
        return
    print(f"rotating modelred key: old={old_key} new={new_key}", file=sys.stderr)
    try:
        vault.secrets.kv.v2.create_or_update_secret(path=VAULT_PATH, secret={"api_key": new_key})
    except hvac.exceptions.Forbidden as exc:
        raise RuntimeError(f"vault refused to store {new_key} at {VAULT_PATH}") from exc
    log.info("rotated key at %s; %d models visible; old key ended %s", VAULT_PATH, len(models), old_key[-4:])
    await update.effective_chat.send_message(f"Key rotated by {update.effective_user.first_name}.")
