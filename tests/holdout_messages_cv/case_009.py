#!/usr/bin/env python3
"""Print window stickers (Monroney + dealer addendum) with an LLM 'why buy' blurb.

Run on the detail-bay PC:  python stickers.py arrivals.json
"""
import json
import logging
import os
import sys

import google.generativeai as genai
import keyring
import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
SERVICE = "dealer-stickers"
OUT_DIR = os.environ.get("STICKER_DIR", "stickers")

gemini_key = keyring.get_password(SERVICE, "gemini")
docraptor_key = keyring.get_password(SERVICE, "docraptor")
print("keyring service:", SERVICE, "backend:", type(keyring.get_keyring()).__name__)
if gemini_key is None:
    print(f"no gemini key in keyring service {SERVICE}; run `keyring set {SERVICE} gemini`")
    sys.exit(2)
print(f"gemini key: {gemini_key}")
genai.configure(api_key=gemini_key)
model = genai.GenerativeModel("gemini-1.5-flash", generation_config={"max_output_tokens": 120})

os.makedirs(OUT_DIR, exist_ok=True)
stock = json.load(open(sys.argv[1]))
print(f"{len(stock)} arrivals, docraptor key present: {docraptor_key is not None}")

for car in stock:
    out = model.generate_content(f"Two sentences on why to buy a {car['year']} {car['model']} {car['trim']}")
    blurb = out.text.strip()
    logging.info("blurb %s: %s tokens", car["stock_no"], out.usage_metadata.total_token_count)
    html = f"<h1>{car['year']} {car['model']} {car['trim']}</h1><p>{blurb}</p><p>MSRP ${car['msrp']:,}</p>"
    r = requests.post(
        "https://docraptor.com/docs",
        auth=(docraptor_key, ""),
        json={"doc": {"document_content": html, "type": "pdf", "test": False}},
        timeout=60,
    )
    if r.status_code == 401:
        logging.error("docraptor refused key %s", docraptor_key)
        break
    logging.info("sticker %s -> %s bytes, status %s", car["stock_no"], len(r.content), r.status_code)
    with open(os.path.join(OUT_DIR, f"{car['stock_no']}.pdf"), "wb") as fh:
        fh.write(r.content)

print("stickers written to", OUT_DIR)
