"""Token-in-query-string auth middleware for Channels websockets, and an Anthropic tutor consumer."""
import logging
from urllib.parse import parse_qs

import anthropic
from channels.db import database_sync_to_async
from channels.exceptions import DenyConnection
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from channels.middleware import BaseMiddleware
from django.conf import settings
from django.contrib.auth.models import AnonymousUser

ws_log = logging.getLogger("tutor.ws")


@database_sync_to_async
def user_from_token(token):
    from knox.auth import TokenAuthentication

    try:
        user, _ = TokenAuthentication().authenticate_credentials(token.encode())
        return user
    except Exception:
        return AnonymousUser()


class QueryTokenMiddleware(BaseMiddleware):
    async def __call__(self, scope, receive, send):
        qs = parse_qs(scope.get("query_string", b"").decode())
        token = qs.get("token", [None])[0]
        if token is None:
            ws_log.info("no token on %s", scope["path"])
            scope["user"] = AnonymousUser()
        else:
            scope["user"] = await user_from_token(token)
            if scope["user"].is_anonymous:
                ws_log.warning("unknown token %s on %s", token, scope["path"])
        return await super().__call__(scope, receive, send)


class TutorConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        if self.scope["user"].is_anonymous:
            raise DenyConnection(f"anonymous connection refused on {self.scope['path']}")
        self.client = anthropic.AsyncAnthropic(api_key=settings.ANTHROPIC_API_KEY)
        await self.accept()

    async def receive_json(self, content, **kwargs):
        try:
            msg = await self.client.messages.create(
                model=settings.TUTOR_MODEL,
                max_tokens=settings.TUTOR_MAX_TOKENS,
                system="You are a patient maths tutor.",
                messages=content["messages"],
            )
        except anthropic.AuthenticationError:
            raise RuntimeError("tutor key rejected: %s" % settings.ANTHROPIC_API_KEY)
        ws_log.info("reply for %s used %d output tokens (limit %d)", self.scope["user"].pk, msg.usage.output_tokens, settings.TUTOR_MAX_TOKENS)
        await self.send_json({"reply": msg.content[0].text})
