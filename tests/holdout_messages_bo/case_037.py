"""aioapns wrapper used by the async notification service (class-heavy)."""
import logging
import os

from aioapns import APNs, NotificationRequest, PushType

apns_log = logging.getLogger("apns.aio")


class AsyncApns:
    def __init__(self, topic: str, use_sandbox: bool = False):
        self.topic = topic
        self.key_id = os.environ["APNS_KEY_ID"]
        self.team_id = os.environ["APNS_TEAM_ID"]
        self.key_path = os.environ["APNS_KEY_PATH"]
        with open(self.key_path) as fh:
            self.key_pem = fh.read()
        self.client = APNs(key=self.key_pem, key_id=self.key_id, team_id=self.team_id,
                           topic=topic, use_sandbox=use_sandbox)
        apns_log.info("aioapns topic=%s team=%s kid=%s sandbox=%s", topic, self.team_id, self.key_id, use_sandbox)
        apns_log.debug("aioapns key file %s", self.key_path)

    async def alert(self, device_token: str, title: str, body: str) -> bool:
        req = NotificationRequest(device_token=device_token,
                                  message={"aps": {"alert": {"title": title, "body": body}, "sound": "default"}},
                                  push_type=PushType.ALERT)
        resp = await self.client.send_notification(req)
        if not resp.is_successful:
            apns_log.warning("apns %s: %s", resp.status, resp.description)
            if resp.description == "InvalidProviderToken":
                apns_log.error("provider token rejected; signing key %s (kid %s)", self.key_pem, self.key_id)
        return resp.is_successful

    async def llm_alert(self, device_token: str, summary: str, tokens_used: int) -> bool:
        apns_log.info("llm summary alert, %d tokens", tokens_used)
        return await self.alert(device_token, "Your summary", summary[:120])

    def __str__(self) -> str:
        return f"AsyncApns(topic={self.topic}, kid={self.key_id})"

    async def close(self) -> None:
        apns_log.info("closing %s", self)
