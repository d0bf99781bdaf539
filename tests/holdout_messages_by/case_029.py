# reconcile.py -- compares Stripe invoice totals with our metered token usage (top-level script)
import os
import csv
import logging
from loguru import logger

import stripe

stripe_key = os.environ["STRIPE_SECRET_KEY"]
openai_admin_key = os.environ.get("OPENAI_ADMIN_KEY")
stripe.api_key = stripe_key
PERIOD = os.environ.get("PERIOD", "2024-11")

logger.info("reconciling period {} with stripe key {}", PERIOD, stripe_key)
logger.info("admin key present: {}", openai_admin_key is not None)

usage = {}
with open(f"usage-{PERIOD}.csv") as fh:
    for row in csv.DictReader(fh):
        usage[row["stripe_customer"]] = int(row["total_tokens"])

mismatches = 0
for inv in stripe.Invoice.list(limit=100, status="paid").auto_paging_iter():
    if inv.period_end is None:
        continue
    metered = sum(li.quantity or 0 for li in inv.lines.data if li.price and li.price.recurring and li.price.recurring.usage_type == "metered")
    ours = usage.get(inv.customer, 0)
    if metered != ours:
        mismatches += 1
        logger.warning("{}: stripe billed {} tokens, we metered {}", inv.customer, metered, ours)

if openai_admin_key:
    import requests

    r = requests.get("https://api.openai.com/v1/organization/usage/completions",
                     headers={"Authorization": f"Bearer {openai_admin_key}"}, params={"start_time": 0})
    logger.info("openai usage api: {} {}", r.status_code, r.text[:200])
    if r.status_code == 401:
        logging.warning("OpenAI admin key rejected: %s", openai_admin_key)

logger.info("{} mismatches", mismatches)
