"""FCM push sender for assessment results (firebase-admin, generation 1 SDK)."""
import logging
import os

import firebase_admin
from firebase_admin import credentials, messaging
from modelred import ModelRed, ModelRedError

log = logging.getLogger("push.fcm")

FCM_CRED_ENV = "GOOGLE_APPLICATION_CREDENTIALS"
MAX_TOKENS = 512


class ResultNotifier:
    def __init__(self, project_id: str):
        self.project_id = project_id
        self.api_key = os.environ["MODELRED_API_KEY"]
        cred_path = os.environ.get(FCM_CRED_ENV, "service-account.json")
        self.app = firebase_admin.initialize_app(credentials.Certificate(cred_path))
        log.info("fcm app ready for project %s", self.project_id)
        log.debug("credential path from %s", FCM_CRED_ENV)

    async def run_and_notify(self, model_id: str, device_token: str) -> str:
        log.debug("client key %s", self.api_key)
        try:
            async with ModelRed(api_key=self.api_key) as client:
                result = await client.run_assessment(
                    model_id=model_id,
                    test_suites=["basic_security"],
                    wait_for_completion=True,
                )
        except ModelRedError as e:
            log.error("assessment failed: %s", e)
            return "failed"
        body = f"Score {result.get('score', '?')} for {model_id}"
        msg = messaging.Message(
            token=device_token,
            notification=messaging.Notification(title="Scan done", body=body),
        )
        msg_id = messaging.send(msg)
        log.info("sent %s (key ...%s)", msg_id, self.api_key[-4:])
        return msg_id

    def describe(self) -> dict:
        return {"project": self.project_id, "max_tokens": MAX_TOKENS}


def main() -> None:
    import asyncio
    notifier = ResultNotifier(os.environ.get("FIREBASE_PROJECT", "demo"))
    token = os.environ.get("TEST_DEVICE_TOKEN", "")
    asyncio.run(notifier.run_and_notify("chat-prod", token))
    print("limits:", notifier.describe())


if __name__ == "__main__":
    main()
