"""Async YouTube live-chat relay: polls liveChatMessages, answers questions with Groq."""
import asyncio
import logging
import os

import httpx
from groq import AsyncGroq

log = logging.getLogger("livechat")
YT = "https://www.googleapis.com/youtube/v3"


class LiveChatRelay:
    def __init__(self, live_chat_id: str, access_token: str):
        self.live_chat_id = live_chat_id
        self.access_token = access_token
        self.page_token = None
        self.groq = AsyncGroq(api_key=os.environ["GROQ_API_KEY"])
        self.http = httpx.AsyncClient(timeout=15)

    def _auth(self) -> dict:
        return {"Authorization": f"Bearer {self.access_token}"}

    async def poll(self) -> list[dict]:
        params = {"liveChatId": self.live_chat_id, "part": "snippet,authorDetails"}
        if self.page_token:
            params["pageToken"] = self.page_token
        r = await self.http.get(f"{YT}/liveChat/messages", params=params, headers=self._auth())
        if r.status_code == 401:
            log.error("401 from YouTube, auth headers %s", self._auth())
            raise PermissionError("YouTube access token expired")
        data = r.json()
        self.page_token = data.get("nextPageToken")
        log.debug("next page token %s", self.page_token)
        return data.get("items", [])

    async def answer(self, text: str) -> str:
        c = await self.groq.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=100,
                                                    messages=[{"role": "user", "content": text}])
        return c.choices[0].message.content

    async def post(self, text: str):
        body = {"snippet": {"liveChatId": self.live_chat_id, "type": "textMessageEvent",
                            "textMessageDetails": {"messageText": text[:200]}}}
        r = await self.http.post(f"{YT}/liveChat/messages", params={"part": "snippet"}, json=body, headers=self._auth())
        log.info("posted reply -> %s", r.status_code)

    async def run(self):
        while True:
            for m in await self.poll():
                msg = m["snippet"].get("displayMessage", "")
                if msg.startswith("?"):
                    await self.post(await self.answer(msg[1:]))
            await asyncio.sleep(5)


if __name__ == "__main__":
    asyncio.run(LiveChatRelay(os.environ["LIVE_CHAT_ID"], os.environ["YT_ACCESS_TOKEN"]).run())
