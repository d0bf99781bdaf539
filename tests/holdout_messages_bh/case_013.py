import os, logging
from loguru import logger
from openai import OpenAI
from modelred import ModelRed, ModelRedError

# quick script: summarise yesterday's escalations for the standup
zd = os.environ.get("ZD_TOKEN")
oai_key = os.environ.get("OPENAI_API_KEY")
mr_key = os.environ.get("MODELRED_API_KEY")
TOKEN_BUDGET = 1200

logger.info("starting standup summary, budget {} tokens", TOKEN_BUDGET)
logger.debug("env: ZD_TOKEN={} OPENAI_API_KEY set={}", zd, oai_key is not None)

import requests
r = requests.get(
    "https://acme.zendesk.com/api/v2/search.json",
    params={"query": "type:ticket tags:escalated created>1day"},
    headers={"Authorization": f"Bearer {zd}"},
    timeout=20,
)
logger.info("search returned {} ({} bytes)", r.status_code, len(r.content))
logger.info("openai key configured: {}", bool(oai_key))
rows = r.json().get("results", [])

text = "\n".join(f"#{t['id']} {t['subject']}" for t in rows) or "no escalations"
llm = OpenAI(api_key=oai_key)
resp = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=TOKEN_BUDGET,
    messages=[{"role": "user", "content": "Summarise for a standup:\n" + text}],
)
print(resp.choices[0].message.content)
logger.info("used {} of {} tokens", resp.usage.total_tokens, TOKEN_BUDGET)

try:
    with ModelRed(mr_key) as mr:
        page = mr.list_assessments(page=1, page_size=1)
        logger.info("last assessment: {}", page["data"][0]["status"] if page.get("data") else None)
except ModelRedError as e:
    logger.warning("modelred unavailable ({}), key was {}", type(e).__name__, mr_key)
