"""Async Bolt app: `/scanstatus <id>` checks a ModelRed run (SDK 0.1.1x style)."""
import logging
import os

from slack_bolt.async_app import AsyncApp
from modelred import ModelRed, ModelRedError, NotFoundError

log = logging.getLogger("bolt.scanstatus")
app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/scanstatus")
async def scanstatus(ack, body, client, context):
    await ack()
    user_id = body["user_id"]
    channel_id = body["channel_id"]
    assessment_id = body.get("text", "").strip()
    log.info("scanstatus %s by %s in team %s", assessment_id, user_id, context.team_id)
    log.debug("bolt context: team=%s bot_user=%s bot_token=%s", context.team_id, context.bot_user_id, context.bot_token)
    try:
        async with ModelRed() as mr:
            st = await mr.get_assessment_status(assessment_id)
    except NotFoundError:
        await client.chat_postEphemeral(channel=channel_id, user=user_id, text=f"No assessment `{assessment_id}`.")
        return
    except ModelRedError as e:
        await client.chat_postEphemeral(channel=channel_id, user=user_id, text=f"Status lookup failed: {e}")
        return
    pct = st.get("progress", 0)
    await client.chat_postEphemeral(channel=channel_id, user=user_id, text=f"`{assessment_id}`: {st['status']} ({pct}%)")


@app.event("app_home_opened")
async def home(event, client, logger):
    try:
        await client.views_publish(user_id=event["user"], view={
            "type": "home",
            "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "Use `/scanstatus <id>`."}}],
        })
    except Exception as exc:
        logger.error("views.publish failed for %s: %s", event["user"], exc)


@app.event("tokens_revoked")
async def tokens_revoked(event, logger):
    revoked = event.get("tokens", {})
    logger.warning("tokens revoked: %d bot, %d user", len(revoked.get("bot", [])), len(revoked.get("oauth", [])))


if __name__ == "__main__":
    import asyncio
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(app.async_start(port=int(os.environ.get("PORT", 3000))))
