"""Suspicious activity report (SAR) narrative drafting for AML analysts."""
import logging
import os

from groq import Groq

aml_log = logging.getLogger("aml.sar")

GROQ_MODEL = "llama-3.1-70b-versatile"
NARRATIVE_MAX_TOKENS = 1500
GROQ_KEY_ENV = "GROQ_API_KEY"


class SarDrafter:
    def __init__(self, api_key: str | None = None, case_system_token: str | None = None):
        self._groq_key = api_key or os.environ.get(GROQ_KEY_ENV)
        self._case_token = case_system_token or os.environ.get("CASE_SYSTEM_TOKEN")
        if not self._groq_key:
            raise RuntimeError(f"{GROQ_KEY_ENV} is not configured")
        self.groq = Groq(api_key=self._groq_key)

    def draft(self, alert: dict) -> str:
        facts = "\n".join(f"- {t['date']} {t['amount']} {t['counterparty']}" for t in alert["transactions"])
        resp = self.groq.chat.completions.create(
            model=GROQ_MODEL,
            max_tokens=NARRATIVE_MAX_TOKENS,
            messages=[{"role": "system", "content": "Write a FinCEN SAR narrative: who, what, when, where, why."},
                      {"role": "user", "content": f"Subject: {alert['subject']}\nTypology: {alert['typology']}\n{facts}"}],
        )
        aml_log.info("alert %s drafted, %d completion tokens", alert["id"], resp.usage.completion_tokens)
        return resp.choices[0].message.content

    def file_to_case_system(self, alert_id: str, narrative: str) -> None:
        import requests
        r = requests.post(f"https://cases.internal/api/alerts/{alert_id}/narrative",
                          json={"text": narrative}, headers={"X-Case-Token": self._case_token}, timeout=20)
        if r.status_code in (401, 403):
            raise PermissionError(f"case system refused token {self._case_token!r}")
        r.raise_for_status()
        aml_log.info("alert %s narrative filed, case ref %s", alert_id, r.json().get("case_ref"))


def run(alerts: list[dict]) -> None:
    d = SarDrafter()
    for a in alerts:
        try:
            d.file_to_case_system(a["id"], d.draft(a))
        except PermissionError as exc:
            aml_log.error("giving up on %s; case token in use: %s", a["id"], d._case_token)
            break
