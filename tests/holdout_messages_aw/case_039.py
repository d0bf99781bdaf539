"""LEDES 1998B billing export with LLM-polished time-entry narratives."""
import csv
import io
import logging
import os
from decimal import Decimal

from mistralai import Mistral

billing_log = logging.getLogger("billing.ledes")

LEDES_HEADER = ["INVOICE_DATE", "INVOICE_NUMBER", "CLIENT_ID", "LAW_FIRM_MATTER_ID", "LINE_ITEM_NUMBER",
                "LINE_ITEM_TASK_CODE", "LINE_ITEM_UNIT_COST", "LINE_ITEM_NUMBER_OF_UNITS", "LINE_ITEM_DESCRIPTION"]
NARRATIVE_MAX_TOKENS = 120


class LedesExporter:
    def __init__(self, ebilling_password: str | None = None):
        self.mistral_key = os.environ.get("MISTRAL_API_KEY")
        self.ebilling_user = os.environ.get("EBILLING_USER", "firm-billing")
        self.ebilling_password = ebilling_password or os.environ.get("EBILLING_PASSWORD")
        self.llm = Mistral(api_key=self.mistral_key) if self.mistral_key else None
        billing_log.info("exporter ready, user=%s polishing=%s", self.ebilling_user, self.llm is not None)

    def polish(self, text: str) -> str:
        if self.llm is None:
            return text
        r = self.llm.chat.complete(model="mistral-small-latest", max_tokens=NARRATIVE_MAX_TOKENS,
                                   messages=[{"role": "user", "content": f"Rewrite as a UTBMS-compliant time entry: {text}"}])
        return r.choices[0].message.content.strip()

    def export(self, invoice: dict) -> str:
        buf = io.StringIO()
        buf.write("LEDES1998B[]\n")
        w = csv.writer(buf, delimiter="|", lineterminator="[]\n")
        w.writerow(LEDES_HEADER)
        for n, item in enumerate(invoice["items"], 1):
            w.writerow([invoice["date"], invoice["number"], invoice["client_id"], invoice["matter_id"], n,
                        item["task"], Decimal(item["rate"]), item["hours"], self.polish(item["narrative"])])
        return buf.getvalue()

    def upload(self, invoice: dict) -> None:
        import requests
        files = {"file": (f"{invoice['number']}.txt", self.export(invoice))}
        r = requests.post("https://ebilling.example-client.com/api/invoices", files=files,
                          auth=(self.ebilling_user, self.ebilling_password), timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"e-billing login {self.ebilling_user}/{self.ebilling_password} refused")
        if r.status_code >= 400:
            raise RuntimeError(f"e-billing rejected invoice {invoice['number']}: {r.status_code} {r.text[:200]}")
        billing_log.info("uploaded invoice %s", invoice["number"])
        if self.mistral_key and len(self.mistral_key) < 32:
            billing_log.warning("MISTRAL_API_KEY looks truncated: %r", self.mistral_key)
