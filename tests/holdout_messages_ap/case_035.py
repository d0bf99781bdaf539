"""Meta Conversions API: server-side lead and purchase events for the ad-attribution pipeline."""
import hashlib
import logging
import time

import httpx

logger = logging.getLogger("ads.capi")
GRAPH = "https://graph.facebook.com/v19.0"


def sha(value):
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


class ConversionsClient:
    def __init__(self, pixel_id, access_token, test_event_code=None):
        self.pixel_id = pixel_id
        self.access_token = access_token
        self.test_event_code = test_event_code
        self.http = httpx.AsyncClient(timeout=10)
        logger.debug("pixel %s test code %s", self.pixel_id, self.test_event_code)

    async def send(self, events):
        payload = {"data": events}
        if self.test_event_code:
            payload["test_event_code"] = self.test_event_code
        request_kwargs = {"params": {"access_token": self.access_token}, "json": payload}
        logger.debug("CAPI request %s", request_kwargs)
        r = await self.http.post(f"{GRAPH}/{self.pixel_id}/events", **request_kwargs)
        body = r.json()
        if "error" in body:
            if body["error"].get("code") == 190:
                raise RuntimeError(f"CAPI token expired ({self.access_token}); generate a new one in Events Manager")
            raise RuntimeError(f"CAPI error {body['error'].get('code')}: {body['error'].get('message')}")
        logger.info("CAPI events_received=%s fbtrace_id=%s", body["events_received"], body["fbtrace_id"])
        return body

    async def lead(self, email, phone=None, source_url=None):
        user_data = {"em": [sha(email)]}
        if phone:
            user_data["ph"] = [sha(phone)]
        event = {
            "event_name": "Lead",
            "event_time": int(time.time()),
            "action_source": "website",
            "event_source_url": source_url,
            "user_data": user_data,
        }
        return await self.send([event])

    async def close(self):
        await self.http.aclose()
