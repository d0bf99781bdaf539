# bc_translate.py - translate BigCommerce product names for the DE storefront with DeepL + GPT fallback
import json
import logging
import os
import sys

import deepl
import requests
from openai import OpenAI

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
log = logging.getLogger("bc_translate")

store_hash = os.environ["BC_STORE_HASH"]
bc_token = os.environ["BC_ACCESS_TOKEN"]
deepl_key = os.environ.get("DEEPL_AUTH_KEY")
client_id = os.environ.get("BC_CLIENT_ID", "")

log.info("store %s, client id %s, deepl configured=%s", store_hash, client_id, deepl_key is not None)
log.debug("BigCommerce token %s for store %s", bc_token, store_hash)

api = f"https://api.bigcommerce.com/stores/{store_hash}/v3"
hdrs = {"X-Auth-Token": bc_token, "Accept": "application/json"}
translator = deepl.Translator(deepl_key) if deepl_key else None
gpt = OpenAI()

resp = requests.get(f"{api}/catalog/products", headers=hdrs, params={"limit": 100, "include_fields": "name"}, timeout=30)
if resp.status_code != 200:
    log.error("catalog fetch failed %s %s", resp.status_code, resp.text)
    sys.exit(1)

out = {}
for product in resp.json()["data"]:
    name = product["name"]
    if translator is not None:
        try:
            out[product["id"]] = translator.translate_text(name, target_lang="DE").text
            continue
        except deepl.DeepLException as exc:
            log.warning("deepl failed for %s with key %s: %s", product["id"], deepl_key, exc)
    r = gpt.chat.completions.create(model="gpt-4o-mini", max_tokens=40, messages=[{"role": "user", "content": f"Translate to German, name only: {name}"}])
    out[product["id"]] = r.choices[0].message.content.strip()

with open("names_de.json", "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
log.info("translated %d names; usage headers %s", len(out), resp.headers.get("X-Rate-Limit-Requests-Left"))
