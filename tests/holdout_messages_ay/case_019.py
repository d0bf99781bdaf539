"""Maintenance work-order assistant: Teams bot backend that drafts SAP PM notifications."""
import logging
import os

import httpx
from openai import AzureOpenAI

log = logging.getLogger("wo_bot")

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_DEPLOYMENT = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt4o-maint")
API_VERSION = "2024-06-01"


class WorkOrderAssistant:
    def __init__(self):
        self._azure_key = os.environ["AZURE_OPENAI_API_KEY"]
        self._sap_token = None
        self.llm = AzureOpenAI(api_key=self._azure_key, azure_endpoint=AZURE_ENDPOINT, api_version=API_VERSION)
        log.info("Azure OpenAI %s deployment %s api %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT, API_VERSION)

    def sap_token(self):
        if self._sap_token is None:
            r = httpx.post(os.environ["SAP_BTP_TOKEN_URL"], data={"grant_type": "client_credentials"},
                           auth=(os.environ["SAP_BTP_CLIENT_ID"], os.environ["SAP_BTP_CLIENT_SECRET"]), timeout=20)
            r.raise_for_status()
            self._sap_token = r.json()["access_token"]
            log.debug("BTP token acquired: %s", self._sap_token)
        return self._sap_token

    def draft_notification(self, equipment, symptom, user):
        completion = self.llm.chat.completions.create(
            model=AZURE_DEPLOYMENT,
            max_tokens=350,
            messages=[{"role": "system", "content": "Draft an SAP PM M2 notification: short text, long text, damage code."},
                      {"role": "user", "content": f"Equipment {equipment}: {symptom}"}],
        )
        text = completion.choices[0].message.content
        log.info("draft for %s by %s (%d tokens)", equipment, user, completion.usage.total_tokens)
        return text

    def create_notification(self, equipment, text):
        headers = {"Authorization": f"Bearer {self.sap_token()}", "Content-Type": "application/json"}
        r = httpx.post(f"{os.environ['SAP_API_URL']}/API_MAINTNOTIFICATION/MaintenanceNotification",
                       json={"TechnicalObject": equipment, "NotificationText": text[:40], "NotificationType": "M2"},
                       headers=headers, timeout=30)
        if r.status_code >= 400:
            log.error("SAP PM create failed %s: %s", r.status_code, r.text[:200])
            raise RuntimeError(f"SAP notification failed ({r.status_code}), request headers {headers}")
        return r.json()["d"]["MaintenanceNotification"]

    def diagnostics(self):
        return {"endpoint": AZURE_ENDPOINT, "deployment": AZURE_DEPLOYMENT, "has_key": bool(self._azure_key)}


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    bot = WorkOrderAssistant()
    print(bot.diagnostics())
    print(bot.create_notification("PUMP-3011", bot.draft_notification("PUMP-3011", "cavitation noise", "jdoe")))
