# Sync Zendesk Guide articles into a local Chroma collection for the reply bot.
import json
import logging
import os
from pathlib import Path

import chromadb
import requests
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
CONFIG = json.loads(Path(os.path.expanduser("~/.kbsync.json")).read_text())

zendesk_host = CONFIG["zendesk"]["host"]
zendesk_user = CONFIG["zendesk"]["email"]
zendesk_token = CONFIG["zendesk"]["api_token"]
embed_key = CONFIG["openai"]["api_key"]
embed_model = CONFIG["openai"].get("model", "text-embedding-3-small")

logging.info("kb sync from %s as %s, model %s", zendesk_host, zendesk_user, embed_model)
logging.info("config sections: %s", sorted(CONFIG))
logging.debug("openai config: %s", CONFIG["openai"])

oa = OpenAI(api_key=embed_key)
db = chromadb.PersistentClient(path="./kb_index")
col = db.get_or_create_collection("help_center")

url = f"https://{zendesk_host}/api/v2/help_center/articles.json?per_page=100"
count = 0
while url:
    r = requests.get(url, auth=(f"{zendesk_user}/token", zendesk_token), timeout=30)
    if r.status_code == 401:
        raise SystemExit(f"Zendesk rejected the credentials for {zendesk_user}")
    if not r.ok:
        raise RuntimeError(f"guide fetch failed with token {zendesk_token}: HTTP {r.status_code}")
    page = r.json()
    for art in page["articles"]:
        if art.get("draft"):
            continue
        emb = oa.embeddings.create(model=embed_model, input=art["body"][:8000])
        col.upsert(ids=[str(art["id"])], embeddings=[emb.data[0].embedding], metadatas=[{"title": art["title"], "url": art["html_url"]}])
        count += 1
        logging.debug("embedded %s (%d tokens)", art["id"], emb.usage.total_tokens)
    url = page.get("next_page")

logging.info("synced %d articles", count)
