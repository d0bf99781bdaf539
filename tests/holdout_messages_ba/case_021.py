"""Genesys Cloud notifications: stream queue conversation events to the summary workers (asyncio)."""
import asyncio
import json
import logging

import aiohttp
import websockets

log = logging.getLogger("genesys.notify")


class QueueEventStream:
    def __init__(self, api_host: str, access_token: str, queue_ids: list):
        self.api_host = api_host
        self.access_token = access_token
        self.queue_ids = queue_ids
        self.channel_id = None
        self.connect_uri = None

    async def _create_channel(self, http: aiohttp.ClientSession) -> None:
        headers = {"Authorization": f"Bearer {self.access_token}"}
        async with http.post(f"https://{self.api_host}/api/v2/notifications/channels", headers=headers) as resp:
            if resp.status == 401:
                raise PermissionError(f"channel create refused, token {self.access_token} expired?")
            data = await resp.json()
        self.channel_id = data["id"]
        self.connect_uri = data["connectUri"]
        log.info("channel %s at %s", self.channel_id, self.connect_uri)
        topics = [{"id": f"v2.routing.queues.{q}.conversations"} for q in self.queue_ids]
        async with http.put(f"https://{self.api_host}/api/v2/notifications/channels/{self.channel_id}/subscriptions", headers=headers, json=topics) as resp:
            log.info("subscribed %d topics: HTTP %s", len(topics), resp.status)

    async def run(self, queue: asyncio.Queue) -> None:
        async with aiohttp.ClientSession() as http:
            await self._create_channel(http)
        while True:
            try:
                async with websockets.connect(self.connect_uri) as ws:
                    async for raw in ws:
                        event = json.loads(raw)
                        if event.get("topicName") == "channel.metadata":
                            continue
                        await queue.put(event["eventBody"])
            except websockets.ConnectionClosed as exc:
                log.warning("socket closed (%s), reconnecting with token %s", exc.code, self.access_token)
                await asyncio.sleep(2)


async def consume(queue: asyncio.Queue) -> None:
    while True:
        body = await queue.get()
        log.info("conversation %s participants=%d", body.get("id"), len(body.get("participants", [])))


async def main(api_host: str, token: str, queues: list) -> None:
    q = asyncio.Queue()
    await asyncio.gather(QueueEventStream(api_host, token, queues).run(q), consume(q))
