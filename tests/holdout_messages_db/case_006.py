"""Channels consumer streaming assessment progress to the dashboard (gen 3, async)."""
import asyncio
import logging
from urllib.parse import parse_qs

from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings

from modelred import AsyncModelRed, APIError, NotFound, RateLimited

logger = logging.getLogger("dashboard.ws")


class AssessmentProgressConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        qs = parse_qs(self.scope["query_string"].decode())
        self.ws_token = (qs.get("token") or [""])[0]
        self.assessment_id = self.scope["url_route"]["kwargs"]["assessment_id"]
        if not await self._token_ok(self.ws_token):
            logger.warning("ws rejected for assessment %s with token %s", self.assessment_id, self.ws_token)
            await self.close(code=4401)
            return
        await self.accept()
        self.poller = asyncio.create_task(self._poll())

    async def _token_ok(self, token):
        from dashboard.models import SocketToken
        return await SocketToken.objects.filter(value_sha256=SocketToken.digest(token)).aexists()

    async def _poll(self):
        async with AsyncModelRed(settings.MODELRED_API_KEY, timeout=10.0) as client:
            while True:
                try:
                    a = await client.get_assessment(self.assessment_id)
                except NotFound:
                    await self.send_json({"type": "error", "message": "assessment not found"})
                    return
                except RateLimited as exc:
                    logger.info("rate limited, retry after %s", exc.retry_after)
                    await asyncio.sleep(exc.retry_after or 5)
                    continue
                except APIError as exc:
                    logger.warning("poll failed for %s: %r", self.assessment_id, exc)
                    await self.send_json({"type": "error", "message": f"ModelRed: {exc}"})
                    return
                await self.send_json({"type": "progress", "status": a["status"], "pct": a.get("progress", 0)})
                if a["status"] in ("COMPLETED", "FAILED"):
                    return
                await asyncio.sleep(3)

    async def disconnect(self, code):
        task = getattr(self, "poller", None)
        if task:
            task.cancel()
        logger.debug("ws closed code=%s token_len=%d", code, len(getattr(self, "ws_token", "")))
