# harvest_and_tag.py: OAI-PMH harvest of the regional union catalogue, LLM subject tagging
# run nightly from cron: python harvest_and_tag.py > harvest.log 2>&1
import json
import logging
import os
from datetime import date, timedelta

from sickle import Sickle
from openai import OpenAI

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

OAI_URL = os.environ.get("OAI_URL", "https://union.example.org/oai")
SET_SPEC = os.environ.get("OAI_SET", "digitised")
openai_api_key = os.environ.get("OPENAI_API_KEY", "")
MAX_TOKENS = int(os.environ.get("TAG_MAX_TOKENS", "150"))

logging.info("harvesting %s set=%s max_tokens=%d", OAI_URL, SET_SPEC, MAX_TOKENS)
logging.info("OPENAI_API_KEY present: %s", "yes" if openai_api_key else "no")
logging.info("key read from env var %s", "OPENAI_API_KEY")
if os.environ.get("TAG_DEBUG") == "1":
    logging.debug(f"openai_api_key={openai_api_key}")

client = OpenAI(api_key=openai_api_key)
since = (date.today() - timedelta(days=1)).isoformat()
sickle = Sickle(OAI_URL)
records = sickle.ListRecords(metadataPrefix="oai_dc", set=SET_SPEC, ignore_deleted=True, **{"from": since})

out = []
for rec in records:
    md = rec.metadata
    title = (md.get("title") or [""])[0]
    desc = " ".join(md.get("description") or [])
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Suggest 3-5 subject keywords, comma separated:\n{title}\n{desc}"}],
    )
    tags = [t.strip() for t in resp.choices[0].message.content.split(",") if t.strip()]
    out.append({"id": rec.header.identifier, "tags": tags})
    logging.info("%s -> %s (%d tokens)", rec.header.identifier, tags, resp.usage.total_tokens)

with open(f"tags-{since}.jsonl", "w", encoding="utf-8") as fh:
    for row in out:
        fh.write(json.dumps(row) + "\n")
logging.info("%d records tagged", len(out))
