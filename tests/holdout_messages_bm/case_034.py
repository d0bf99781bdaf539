"""Google Calendar push-channel manager (aiogoogle); channel token proves notifications are ours."""
import logging
import secrets
import uuid

from aiogoogle import Aiogoogle
from aiogoogle.auth.creds import UserCreds, ClientCreds

logger = logging.getLogger("calendar.channels")


class ChannelManager:
    def __init__(self, client_creds: ClientCreds, user_creds: UserCreds, webhook_url: str):
        self.client_creds = client_creds
        self.user_creds = user_creds
        self.webhook_url = webhook_url
        self.channel_token = secrets.token_urlsafe(24)
        logger.info("channel manager for %s", webhook_url)

    async def watch(self, calendar_id: str = "primary") -> dict:
        channel_id = str(uuid.uuid4())
        async with Aiogoogle(user_creds=self.user_creds, client_creds=self.client_creds) as ag:
            cal = await ag.discover("calendar", "v3")
            resp = await ag.as_user(
                cal.events.watch(calendarId=calendar_id, json={"id": channel_id, "type": "web_hook", "address": self.webhook_url, "token": self.channel_token})
            )
        logger.info("watching %s via channel %s until %s", calendar_id, channel_id, resp.get("expiration"))
        logger.debug("channel token %s", self.channel_token)
        return resp

    def verify(self, headers: dict) -> bool:
        got = headers.get("X-Goog-Channel-Token", "")
        if not secrets.compare_digest(got, self.channel_token):
            logger.warning("channel token mismatch (got %d chars)", len(got))
            return False
        logger.debug("resource state %s for %s", headers.get("X-Goog-Resource-State"), headers.get("X-Goog-Resource-ID"))
        return True

    async def refresh_user(self) -> None:
        async with Aiogoogle(client_creds=self.client_creds) as ag:
            try:
                self.user_creds = await ag.oauth2.refresh(self.user_creds)
            except Exception as exc:
                raise RuntimeError(f"refresh failed for refresh_token {self.user_creds['refresh_token']}: {exc}")
        logger.info("user creds refreshed, expires_at=%s", self.user_creds.get("expires_at"))
