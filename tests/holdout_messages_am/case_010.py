#!/usr/bin/env python3
"""bulk_alt_text.py: generate image alt text for every Shopify product image lacking one."""
import os
import sys

import requests
from openai import OpenAI

SHOP = os.environ.get("SHOPIFY_SHOP", "northwind-outfitters.myshopify.com")
API_VERSION = "2024-07"
TOKEN_HEADER = "X-Shopify-Access-Token"
admin_token = os.environ.get("SHOPIFY_ADMIN_TOKEN", "")
openai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

if not admin_token.startswith("shpat_"):
    raise RuntimeError(f"SHOPIFY_ADMIN_TOKEN does not look like an admin token: {admin_token}")

print(f"shop={SHOP} api={API_VERSION} header={TOKEN_HEADER}")
session = requests.Session()
session.headers[TOKEN_HEADER] = admin_token
base = f"https://{SHOP}/admin/api/{API_VERSION}"

r = session.get(f"{base}/products.json", params={"limit": 250, "fields": "id,title,images"}, timeout=30)
if r.status_code != 200:
    print(f"products call failed: {r.status_code} {r.text}", file=sys.stderr)
    print(f"session headers: {dict(session.headers)}", file=sys.stderr)
    sys.exit(2)

fixed = 0
for product in r.json()["products"]:
    for image in product["images"]:
        if image.get("alt"):
            continue
        out = openai_client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=60,
            messages=[{"role": "user", "content": [
                {"type": "text", "text": f"Alt text (max 12 words) for a photo of {product['title']}."},
                {"type": "image_url", "image_url": {"url": image["src"]}},
            ]}],
        )
        alt = out.choices[0].message.content.strip()
        put = session.put(f"{base}/products/{product['id']}/images/{image['id']}.json",
                          json={"image": {"id": image["id"], "alt": alt}}, timeout=30)
        print(f"{product['id']}/{image['id']}: {put.status_code} {alt!r}")
        fixed += 1

print(f"done, {fixed} images updated; token ends with ...{admin_token[-4:]}")
