"""WhatsApp channel on the Vonage Messages API: async bot with loguru, plus an ops /redteam command."""
import os
import time

import httpx
import jwt
from loguru import logger

from modelred import AsyncModelRed, ModelRedError, RateLimitError

MESSAGES_URL = "https://api.nexmo.com/v1/messages"
WA_NUMBER = os.environ.get("VONAGE_WA_NUMBER", "447700900123")
OPS_NUMBERS = set(os.environ.get("OPS_NUMBERS", "").split(","))


class WhatsAppBot:
    def __init__(self, application_id: str, private_key_pem: str):
        self.application_id = application_id
        self.private_key_pem = private_key_pem
        self.http = httpx.AsyncClient(timeout=10)

    def _jwt(self) -> str:
        now = int(time.time())
        return jwt.encode({"application_id": self.application_id, "iat": now, "exp": now + 300, "jti": str(now)}, self.private_key_pem, algorithm="RS256")

    async def send(self, to: str, text: str) -> None:
        token = self._jwt()
        body = {"message_type": "text", "channel": "whatsapp", "from": WA_NUMBER, "to": to, "text": text}
        resp = await self.http.post(MESSAGES_URL, headers={"Authorization": f"Bearer {token}"}, json=body)
        if resp.status_code == 401:
            logger.error("messages API rejected jwt {} for app {}", token, self.application_id)
        elif resp.status_code != 202:
            logger.warning("send to {} failed: {} {}", to[-4:], resp.status_code, resp.text)
        else:
            logger.info("sent {} to ...{}", resp.json()["message_uuid"], to[-4:])

    async def on_inbound(self, payload: dict) -> None:
        sender, text = payload["from"], payload.get("text", "").strip()
        if text.startswith("/redteam") and sender in OPS_NUMBERS:
            try:
                async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
                    a = await mr.create_assessment(model="wa-assistant", test_types=["jailbreak"], priority="normal")
                await self.send(sender, f"queued {a['id']}")
            except RateLimitError as e:
                logger.warning("modelred rate limited: {}", e)
                await self.send(sender, "ModelRed is busy, try again in a minute.")
            except ModelRedError as e:
                await self.send(sender, f"red-team failed: {e}")
            return
        await self.send(sender, "Thanks, an agent will reply shortly.")


def build() -> WhatsAppBot:
    private_key = open(os.environ["VONAGE_PRIVATE_KEY_PATH"]).read()
    logger.debug("private key loaded: {}", private_key)
    return WhatsAppBot(os.environ["VONAGE_APPLICATION_ID"], private_key)
