"""Ride-hailing fraud ops: Slack alerts about suspicious driver accounts, LLM-written summaries."""
import logging
import os

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from modelred import ModelRedClient, ProviderConfig, ModelRedError

fraud_log = logging.getLogger("fraud.alerts")
SLACK_CHANNEL = "#fraud-ops"


class FraudAlerter:
    def __init__(self):
        self.slack_token = os.environ["SLACK_BOT_TOKEN"]
        self.slack = WebClient(token=self.slack_token)
        self.mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
        self.mistral_key = os.environ.get("MISTRAL_API_KEY")
        self.channel = SLACK_CHANNEL

    def alert(self, driver_id: str, score: float, reasons: list[str]):
        text = f"Driver {driver_id} fraud score {score:.2f}: " + "; ".join(reasons)
        try:
            self.slack.chat_postMessage(channel=self.channel, text=text)
        except SlackApiError as e:
            fraud_log.error("slack post to %s failed: %s", self.channel, e.response["error"])
            fraud_log.error("bot token used was %s", self.slack_token)
        fraud_log.info("alerted on %s (score %.2f)", driver_id, score)

    def register_summariser(self):
        cfg = {"api_key": self.mistral_key, "model": "mistral-large-latest", "max_tokens": 300}
        try:
            self.mr.create_model(modelId="fraud-summariser", provider="rest", displayName="Fraud summariser", providerConfig=ProviderConfig.rest(**cfg))
        except ModelRedError as exc:
            fraud_log.error("summariser registration failed: %s; config=%s", type(exc).__name__, cfg)
            return False
        fraud_log.info("summariser registered with %s", {k: v for k, v in cfg.items() if k != "api_key"})
        return True

    def assess(self) -> dict:
        try:
            return self.mr.create_assessment(model="fraud-summariser", test_types=["pii_leakage"])
        except ModelRedError as exc:
            return {"status": "error", "detail": str(exc)}


if __name__ == "__main__":
    a = FraudAlerter()
    fraud_log.info("mistral key configured: %s", a.mistral_key is not None)
    a.register_summariser()
    print(a.assess())
