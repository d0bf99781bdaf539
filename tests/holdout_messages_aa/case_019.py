"""Teams bot with SSO: reads the user's Graph token to summarise their unread mail."""
from __future__ import annotations

import logging

import httpx
from botbuilder.core import ActivityHandler, CardFactory, MessageFactory, TurnContext
from botbuilder.core.bot_framework_adapter import BotFrameworkAdapter

logger = logging.getLogger("teams.mailsum")


class MailSummaryBot(ActivityHandler):
    def __init__(self, adapter: BotFrameworkAdapter, connection_name: str, summarize) -> None:
        self.adapter = adapter
        self.connection_name = connection_name
        self.summarize = summarize

    async def _graph_token(self, ctx: TurnContext) -> str | None:
        token_response = await self.adapter.get_user_token(ctx, self.connection_name)
        if token_response is None:
            logger.info("no cached token for %s on connection %s", ctx.activity.from_property.id, self.connection_name)
            return None
        logger.debug("graph token for %s expires %s", ctx.activity.from_property.aad_object_id, token_response.expiration)
        logger.debug("graph token: %s", token_response.token)
        return token_response.token

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        token = await self._graph_token(turn_context)
        if not token:
            card = CardFactory.oauth_card(connection_name=self.connection_name, title="Sign in", text="Sign in to read mail")
            await turn_context.send_activity(MessageFactory.attachment(card))
            return
        async with httpx.AsyncClient(timeout=20) as http:
            r = await http.get(
                "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages?$filter=isRead eq false&$top=20",
                headers={"Authorization": f"Bearer {token}"},
            )
        if r.status_code == 401:
            await self.adapter.sign_out_user(turn_context, self.connection_name)
            raise PermissionError(f"graph rejected bearer {token} for {turn_context.activity.from_property.id}")
        if r.status_code >= 400:
            raise RuntimeError(f"graph error {r.status_code}: {r.json().get('error', {}).get('code')}")
        subjects = [m["subject"] for m in r.json()["value"]]
        logger.info("summarising %d unread messages", len(subjects))
        await turn_context.send_activity(self.summarize(subjects))

    async def on_token_response_event(self, turn_context: TurnContext) -> None:
        logger.info("token response event on channel %s", turn_context.activity.channel_id)
        await turn_context.send_activity("Signed in. Ask me again.")
