"""Rollbar reporting around the OpenAI-backed invoice categoriser."""
import logging
import os
import sys

import rollbar
from openai import APIStatusError, AuthenticationError, OpenAI

log = logging.getLogger("invoices.ai")

ROLLBAR_TOKEN = os.environ.get("ROLLBAR_ACCESS_TOKEN", "")
rollbar.init(ROLLBAR_TOKEN, environment=os.environ.get("APP_ENV", "dev"))
log.info("rollbar configured: %s", bool(ROLLBAR_TOKEN))

CATEGORIES = ["travel", "software", "hardware", "meals", "other"]


class InvoiceCategoriser:
    def __init__(self, openai_key: str, org_id: str | None = None):
        self.openai_key = openai_key
        self.org_id = org_id
        self.client = OpenAI(api_key=openai_key, organization=org_id)

    def categorise(self, tenant_id: str, line_text: str) -> str:
        try:
            out = self.client.chat.completions.create(
                model="gpt-4o-mini",
                max_tokens=5,
                messages=[
                    {"role": "system", "content": f"Answer with one of: {', '.join(CATEGORIES)}"},
                    {"role": "user", "content": line_text},
                ],
            )
        except AuthenticationError:
            rollbar.report_message(f"OpenAI key {self.openai_key} rejected for tenant {tenant_id}", "error")
            return "other"
        except APIStatusError as exc:
            rollbar.report_exc_info(sys.exc_info(), extra_data={"tenant": tenant_id, "status": exc.status_code})
            log.warning("openai %s for tenant %s (org %s)", exc.status_code, tenant_id, self.org_id)
            return "other"
        answer = (out.choices[0].message.content or "").strip().lower()
        log.debug("tenant %s used %s tokens", tenant_id, out.usage.total_tokens if out.usage else "?")
        return answer if answer in CATEGORIES else "other"


def build_from_env() -> InvoiceCategoriser:
    key = os.environ.get("OPENAI_API_KEY", "")
    if not key.startswith("sk-"):
        rollbar.report_message("OPENAI_API_KEY is missing or malformed", "warning")
        raise RuntimeError("OPENAI_API_KEY is missing or malformed, got " + key)
    return InvoiceCategoriser(key, os.environ.get("OPENAI_ORG_ID"))
