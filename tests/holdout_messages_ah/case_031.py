"""Robocorp RPA task: read the CRM's web UI, draft follow-up emails with OpenAI."""
import logging

from openai import OpenAI
from robocorp import browser, vault
from robocorp.tasks import task

log = logging.getLogger(__name__)

VAULT_LLM = "openai"
VAULT_CRM = "crm_login"


def crm_login(creds):
    page = browser.goto("https://crm.example.com/login")
    page.fill("#user", creds["username"])
    page.fill("#pass", creds["password"])
    page.click("text=Sign in")
    log.info("signed in to CRM as %s", creds["username"])
    return page


def open_leads(page) -> list[dict]:
    page.goto("https://crm.example.com/leads?status=open")
    rows = page.locator("table#leads tbody tr")
    leads = []
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        leads.append({"name": cells.nth(0).inner_text(), "company": cells.nth(1).inner_text(), "note": cells.nth(4).inner_text()})
    return leads


@task
def draft_followups():
    llm_secret = vault.get_secret(VAULT_LLM)
    log.info("vault secret %s keys: %s", VAULT_LLM, list(llm_secret.keys()))
    log.debug(f"vault secret: {llm_secret}")
    browser.configure(headless=True, slowmo=100)
    creds = vault.get_secret(VAULT_CRM)
    page = crm_login(creds)
    leads = open_leads(page)
    client = OpenAI(api_key=llm_secret["api_key"])
    for lead in leads:
        try:
            r = client.chat.completions.create(
                model=llm_secret.get("model", "gpt-4o-mini"),
                max_tokens=250,
                messages=[{"role": "user", "content": f"Short follow-up email to {lead['name']} at {lead['company']}: {lead['note']}"}],
            )
        except Exception as e:
            log.error("draft failed for %s: %s (crm password %s)", lead["name"], e, creds["password"])
            continue
        lead["draft"] = r.choices[0].message.content
        log.info("drafted for %s (%d tokens)", lead["name"], r.usage.completion_tokens)
    browser.screenshot()
