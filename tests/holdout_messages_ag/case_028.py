# nightly job (cron): pull Plaid transactions for consenting members and score them for fraud with an LLM
import datetime as dt
import logging
import os
import sys

import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

PLAID_URL = "https://production.plaid.com/transactions/get"
client_id = os.environ["PLAID_CLIENT_ID"]
secret = os.environ["PLAID_SECRET"]
openrouter_key = os.environ["OPENROUTER_API_KEY"]
access_tokens = [t for t in os.environ.get("PLAID_ACCESS_TOKENS", "").split(",") if t]

if not access_tokens:
    logging.info("no consenting members with access tokens; nothing to do")
    sys.exit(0)

end = dt.date.today()
start = end - dt.timedelta(days=1)
logging.info("pulling %d items for %s..%s (client %s)", len(access_tokens), start, end, client_id)
flagged = 0
for token in access_tokens:
    body = {"client_id": client_id, "secret": secret, "access_token": token, "start_date": str(start), "end_date": str(end)}
    r = requests.post(PLAID_URL, json=body, timeout=30)
    if r.status_code != 200:
        logging.error("plaid %s for item token %s", r.status_code, token)
        continue
    txns = r.json()["transactions"]
    logging.info("item ...%s: %d transactions", token[-4:], len(txns))
    prompt = "Flag likely fraud (card testing, account takeover) as JSON list of ids:\n" + "\n".join(
        f"{t['transaction_id']} {t['amount']} {t['merchant_name']}" for t in txns)
    llm = requests.post("https://openrouter.ai/api/v1/chat/completions",
                        headers={"Authorization": f"Bearer {openrouter_key}"},
                        json={"model": "openai/gpt-4o-mini", "max_tokens": 300, "messages": [{"role": "user", "content": prompt}]},
                        timeout=60)
    if llm.status_code >= 400:
        logging.error("openrouter %s: %s", llm.status_code, llm.text)
        continue
    flagged += llm.json()["choices"][0]["message"]["content"].count("txn")

logging.info("done, %d flagged", flagged)
if flagged > 100:
    logging.debug("request body template %s", {"client_id": client_id, "secret": secret})
