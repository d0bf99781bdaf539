"""Slack bot: /translate and /scanmodel slash commands (Bolt, async)."""
import logging
import os

import deepl
from slack_bolt.async_app import AsyncApp
from modelred import AsyncModelRed, ModelRedError, Forbidden

log = logging.getLogger("slack.l10n")

app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
translator = deepl.Translator(os.environ["DEEPL_AUTH_KEY"])


@app.command("/translate")
async def translate_cmd(ack, command, respond):
    await ack()
    target, _, text = command["text"].partition(" ")
    log.info("translate by %s in %s to %s", command["user_id"], command["channel_id"], target)
    try:
        res = translator.translate_text(text, target_lang=target.upper())
    except deepl.DeepLException as e:
        log.warning("deepl: %s", e)
        await respond("Translation failed.")
        return
    await respond(f"{res.detected_source_lang} → {target.upper()}: {res.text}")


@app.command("/scanmodel")
async def scan_cmd(ack, command, respond):
    await ack()
    model = command["text"].strip()
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0) as mr:
            job = await mr.create_assessment(model_id=model, probe_pack_ids=["pp_jailbreak"])
    except Forbidden as e:
        log.info("forbidden: %s", e)
        await respond("You are not allowed to scan that model.")
        return
    except ModelRedError as e:
        await respond(f"Scan failed: {e}")
        return
    await respond(f"Scan started: {job['id']}")


@app.error
async def on_error(error, body):
    log.error("bolt error %s for team %s", error, body.get("team_id"))


if __name__ == "__main__":
    log.info("bot token prefix %s", os.environ["SLACK_BOT_TOKEN"][:4])
    log.debug("signing secret %s", os.environ["SLACK_SIGNING_SECRET"])
    app.start(port=int(os.environ.get("PORT", "3000")))
