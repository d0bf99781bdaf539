"""Incident bot: opens a PagerDuty incident and a Slack channel when the LLM error rate spikes."""

import logging
import os

import requests
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logger = logging.getLogger("incident-bot")

PD_URL = "https://api.pagerduty.com/incidents"


class IncidentBot:
    def __init__(self):
        self.pd_token = os.environ["PAGERDUTY_API_TOKEN"]
        self.service_id = os.environ["PAGERDUTY_SERVICE_ID"]
        self.slack_token = os.environ["SLACK_BOT_TOKEN"]
        self.slack = WebClient(token=self.slack_token)

    def open_incident(self, title: str, error_rate: float) -> str:
        headers = {"Authorization": f"Token token={self.pd_token}",
                   "Accept": "application/vnd.pagerduty+json;version=2",
                   "From": os.environ.get("PAGERDUTY_FROM", "oncall@example.com")}
        body = {"incident": {"type": "incident", "title": title,
                             "service": {"id": self.service_id, "type": "service_reference"},
                             "body": {"type": "incident_body", "details": f"error rate {error_rate:.1%}"}}}
        resp = requests.post(PD_URL, json=body, headers=headers, timeout=10)
        if resp.status_code == 401:
            raise PermissionError(f"PagerDuty refused token {self.pd_token}")
        resp.raise_for_status()
        incident = resp.json()["incident"]
        logger.info("opened %s (%s) on service %s", incident["id"], incident["html_url"], self.service_id)
        return incident["html_url"]

    def open_channel(self, name: str, link: str) -> None:
        try:
            ch = self.slack.conversations_create(name=name)["channel"]["id"]
            self.slack.chat_postMessage(channel=ch, text=f":rotating_light: incident opened: {link}")
        except SlackApiError as err:
            logger.error("slack %s: %s", err.response.status_code, err.response["error"])
            if err.response["error"] == "invalid_auth":
                logger.error("slack bot token %s is invalid", self.slack_token)


def on_alert(payload: dict) -> None:
    rate = payload["error_rate"]
    if rate < 0.05:
        logger.debug("error rate %.3f below threshold", rate)
        return
    bot = IncidentBot()
    link = bot.open_incident(f"LLM error rate {rate:.0%}", rate)
    bot.open_channel(f"inc-llm-{payload['alert_id']}", link)
