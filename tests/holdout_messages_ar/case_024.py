import os
import logging
import warnings

import requests

# quick script: pull yesterday's FX rates + crypto prices for the treasury report
log = logging.getLogger("treasury.rates")
logging.basicConfig(level=logging.INFO)

OXR_APP_ID = os.getenv("OPENEXCHANGERATES_APP_ID", "")
CMC_KEY = os.getenv("COINMARKETCAP_API_KEY", "")
GEMINI_KEY = os.getenv("GOOGLE_API_KEY", "")

if not OXR_APP_ID:
    warnings.warn("OPENEXCHANGERATES_APP_ID not set, FX will be skipped")
if GEMINI_KEY and not GEMINI_KEY.startswith("AIza"):
    warnings.warn(f"GOOGLE_API_KEY looks wrong: {GEMINI_KEY}")

fx = {}
if OXR_APP_ID:
    r = requests.get("https://openexchangerates.org/api/latest.json", params={"app_id": OXR_APP_ID, "symbols": "EUR,GBP,CHF"}, timeout=10)
    if r.ok:
        fx = r.json()["rates"]
    else:
        log.error("oxr %s: %s", r.status_code, r.json().get("description"))

headers = {"X-CMC_PRO_API_KEY": CMC_KEY, "Accept": "application/json"}
r = requests.get("https://pro-api.coinmarketcap.com/v1/cryptocurrency/quotes/latest", params={"symbol": "BTC,ETH"}, headers=headers, timeout=10)
if r.status_code != 200:
    log.error("cmc failed %s, request headers %s", r.status_code, headers)
    crypto = {}
else:
    crypto = {s: d["quote"]["USD"]["price"] for s, d in r.json()["data"].items()}

log.info("fx=%s crypto=%s", fx, crypto)

if GEMINI_KEY:
    import google.generativeai as genai
    genai.configure(api_key=GEMINI_KEY)
    model = genai.GenerativeModel("gemini-1.5-flash")
    out = model.generate_content(f"Two-sentence treasury note. FX: {fx}. Crypto: {crypto}.")
    log.info("gemini tokens: %s", out.usage_metadata.total_token_count)
    print(out.text)
