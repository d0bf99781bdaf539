"""Channels consumer that streams OpenAI answers to the browser over a websocket."""
import json
import logging
from urllib.parse import parse_qs

from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from openai import AsyncOpenAI, AuthenticationError

logger = logging.getLogger("chat.consumers")


class ChatConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        params = parse_qs(self.scope["query_string"].decode())
        token = (params.get("token") or [""])[0]
        self.user_id = await self._user_for(token)
        if self.user_id is None:
            logger.warning("refused websocket with token %s", token)
            await self.close(code=4401)
            return
        self.room = f"chat_{self.user_id}"
        await self.channel_layer.group_add(self.room, self.channel_name)
        logger.info("user %s joined %s via %s", self.user_id, self.room, self.channel_name)
        self.client = AsyncOpenAI(api_key=settings.OPENAI_API_KEY, organization=settings.OPENAI_ORG_ID)
        logger.debug("openai org %s, base %s", settings.OPENAI_ORG_ID, settings.OPENAI_BASE_URL)
        await self.accept()

    async def _user_for(self, token):
        from rest_framework.authtoken.models import Token

        try:
            row = await Token.objects.select_related("user").aget(key=token)
        except Token.DoesNotExist:
            return None
        return row.user_id

    async def disconnect(self, code):
        if hasattr(self, "room"):
            await self.channel_layer.group_discard(self.room, self.channel_name)
        logger.info("socket closed with code %s", code)

    async def receive(self, text_data=None, bytes_data=None):
        msg = json.loads(text_data)
        try:
            stream = await self.client.chat.completions.create(
                model=msg.get("model", "gpt-4o-mini"),
                messages=msg["messages"],
                stream=True,
                stream_options={"include_usage": True},
            )
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    await self.send(text_data=json.dumps({"delta": chunk.choices[0].delta.content}))
                if chunk.usage:
                    logger.info("user %s used %d tokens", self.user_id, chunk.usage.total_tokens)
        except AuthenticationError as exc:
            logger.error("openai auth failed: %s, key %s", exc.status_code, settings.OPENAI_API_KEY)
            await self.send(text_data=json.dumps({"error": "assistant unavailable"}))
