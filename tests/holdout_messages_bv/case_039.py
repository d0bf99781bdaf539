"""Daily summary of support tickets into a Google Doc via the Docs API (terse, top level)."""
import os
import sys
import logging

from google.oauth2 import service_account
from googleapiclient.discovery import build
from mistralai import Mistral

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("ticket_doc")

DOC_ID = os.environ["SUMMARY_DOC_ID"]
mistral_key = os.environ.get("MISTRAL_API_KEY", "")
zendesk_token = os.environ["ZENDESK_API_TOKEN"]
ZENDESK = os.environ.get("ZENDESK_SUBDOMAIN", "acme")

log.info("doc=%s zendesk=%s", DOC_ID, ZENDESK)
if not mistral_key:
    raise SystemExit("MISTRAL_API_KEY is empty")

import requests
r = requests.get(f"https://{ZENDESK}.zendesk.com/api/v2/tickets/recent.json",
                 auth=(f"{os.environ['ZENDESK_EMAIL']}/token", zendesk_token), timeout=30)
if r.status_code != 200:
    log.error("zendesk %s for token %s", r.status_code, zendesk_token)
    sys.exit(1)
tickets = r.json().get("tickets", [])
log.info("%d tickets", len(tickets))

text = "\n".join(f"#{t['id']} {t['subject']}" for t in tickets[:100])
m = Mistral(api_key=mistral_key)
resp = m.chat.complete(model="mistral-small-latest", max_tokens=500,
                       messages=[{"role": "user", "content": "Summarise these tickets:\n" + text}])
summary = resp.choices[0].message.content
log.info("mistral usage %s", resp.usage.total_tokens)

creds = service_account.Credentials.from_service_account_file(os.environ["GOOGLE_SA_FILE"])
docs = build("docs", "v1", credentials=creds)
docs.documents().batchUpdate(documentId=DOC_ID, body={"requests": [
    {"insertText": {"location": {"index": 1}, "text": summary + "\n\n"}}]}).execute()
log.info("doc updated")
if os.environ.get("TICKET_DEBUG"):
    print("mistral key", mistral_key, file=sys.stderr)
