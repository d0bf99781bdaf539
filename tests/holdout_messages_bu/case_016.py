"""Censys certificate watcher run from cron; alerts drafted by an LLM."""
import logging
import os
import sys

from censys.search import CensysCerts
from censys.common.exceptions import CensysUnauthorizedException
from mistralai import Mistral

logging.basicConfig(filename="/var/log/certwatch.log", level=logging.INFO)
cw = logging.getLogger("certwatch")

CENSYS_API_ID = os.environ["CENSYS_API_ID"]
CENSYS_API_SECRET = os.environ["CENSYS_API_SECRET"]
MISTRAL_KEY = os.environ["MISTRAL_API_KEY"]
DOMAINS = sys.argv[1:] or ["example.org"]

certs = CensysCerts(api_id=CENSYS_API_ID, api_secret=CENSYS_API_SECRET)
mistral = Mistral(api_key=MISTRAL_KEY)

cw.info("certwatch start: id=%s domains=%s", CENSYS_API_ID, DOMAINS)

new = []
for d in DOMAINS:
    try:
        for page in certs.search(f"names: {d}", per_page=50, pages=1):
            new.extend(c["names"] for c in page)
    except CensysUnauthorizedException as exc:
        cw.error("censys unauthorized (%s), secret used: %s", exc, CENSYS_API_SECRET)
        sys.exit(1)

cw.info("%d cert name sets found", len(new))

if new:
    chat = mistral.chat.complete(
        model="mistral-large-latest",
        messages=[{"role": "user", "content": f"Flag suspicious look-alike domains: {new[:200]}"}],
        max_tokens=500,
    )
    cw.info("mistral usage: prompt=%s completion=%s", chat.usage.prompt_tokens, chat.usage.completion_tokens)
    print(chat.choices[0].message.content)

if os.environ.get("CERTWATCH_TRACE"):
    cw.info("mistral key hash %s", __import__("hashlib").sha256(MISTRAL_KEY.encode()).hexdigest()[:8])
    cw.info("trace env: %s", {k: v for k, v in os.environ.items() if k.startswith(("CENSYS", "MISTRAL"))})

cw.info("certwatch done")
# cron: 17 * * * * /opt/certwatch/run.sh
# the log file is rotated by logrotate weekly
# alerts go to the on-call channel by the wrapper script
# censys free tier: 250 queries / month
# mistral is used only when new names show up
