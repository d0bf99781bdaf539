"""Xero invoice sync worker, with an LLM step that drafts line-item descriptions."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx
from openai import OpenAI
from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger(__name__)


@dataclass
class XeroConnection:
    tenant_id: str
    access_token: str = field(repr=False)
    scopes: tuple = ("accounting.transactions",)


class InvoiceSync:
    def __init__(self, conn: XeroConnection):
        self.conn = conn
        self.llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
        self.redteam = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0, max_retries=2)
        self.http = httpx.Client(base_url="https://api.xero.com/api.xro/2.0")
        log.info("sync for %r", self.conn)

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.conn.access_token}", "xero-tenant-id": self.conn.tenant_id}

    def draft_description(self, sku: str, notes: str) -> str:
        completion = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=120,
            messages=[{"role": "user", "content": f"Write an invoice line for {sku}: {notes}"}],
        )
        log.debug("draft used %d tokens", completion.usage.total_tokens)
        return completion.choices[0].message.content

    def push_invoice(self, payload: dict) -> str:
        headers = self._headers()
        log.debug("POST /Invoices tenant=%s", headers["xero-tenant-id"])
        log.debug("POST /Invoices headers=%s", headers)
        resp = self.http.post("/Invoices", json={"Invoices": [payload]}, headers=headers)
        if resp.status_code >= 400:
            log.error("xero rejected invoice: %s %s", resp.status_code, resp.text)
            raise RuntimeError(f"xero error {resp.status_code}")
        return resp.json()["Invoices"][0]["InvoiceID"]

    def audit_model(self) -> dict:
        try:
            run = self.redteam.create_assessment(model_id="invoice-drafter", probe_pack_ids=["pii-basic"])
        except RateLimited as exc:
            log.warning("rate limited, retry after %s", exc.retry_after)
            return {"status": "deferred"}
        except APIError as exc:
            return {"status": "failed", "detail": str(exc)}
        return {"status": "queued", "id": run["id"]}
