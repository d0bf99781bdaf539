# asset pipeline: batch-generate item icons with DALL-E and write a manifest
import csv
import logging
import os
import sys
import warnings

from openai import OpenAI, AuthenticationError

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)

ICONS_CSV = sys.argv[1] if len(sys.argv) > 1 else "items.csv"
OUT_DIR = "build/icons"
org_id = os.environ.get("OPENAI_ORG_ID")
openai_api_key = os.environ.get("OPENAI_API_KEY")

if openai_api_key and not openai_api_key.startswith("sk-"):
    warnings.warn(f"OPENAI_API_KEY does not look like an OpenAI key: {openai_api_key}")

logging.info("org=%s key_len=%s", org_id, len(openai_api_key or ""))
client = OpenAI(api_key=openai_api_key, organization=org_id)
os.makedirs(OUT_DIR, exist_ok=True)

rows = list(csv.DictReader(open(ICONS_CSV, newline="")))
manifest = []
for row in rows:
    prompt = f"game inventory icon of {row['name']}, {row['rarity']} rarity, flat shading"
    try:
        img = client.images.generate(model="dall-e-3", prompt=prompt, size="1024x1024", n=1)
    except AuthenticationError as e:
        logging.error("auth failed (%s) for org %s", e.code, org_id)
        sys.exit(1)
    url = img.data[0].url
    manifest.append({"id": row["id"], "url": url, "revised": img.data[0].revised_prompt})
    logging.info("icon %s done", row["id"])

with open(os.path.join(OUT_DIR, "manifest.csv"), "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=["id", "url", "revised"])
    writer.writeheader()
    writer.writerows(manifest)

logging.info("wrote %d icons", len(manifest))
if os.getenv("ICONS_DEBUG"):
    logging.debug("client config: key=%s org=%s", openai_api_key, org_id)
