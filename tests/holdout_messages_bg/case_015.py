import os, sys, time, logging
import requests

# arbitrage scanner, run as a script: compares Kraken and Binance top of book
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
L = logging.getLogger("arb")

PAIRS = {"XBTUSDT": "BTCUSDT", "ETHUSDT": "ETHUSDT"}
THRESH = float(os.getenv("ARB_THRESHOLD", "0.002"))
SLACK_WEBHOOK = os.getenv("ARB_SLACK_WEBHOOK")
cmc_key = os.getenv("CMC_PRO_API_KEY")
L.info("threshold=%.4f slack=%s cmc=%s", THRESH, bool(SLACK_WEBHOOK), bool(cmc_key))

def kraken_top(pair):
    r = requests.get("https://api.kraken.com/0/public/Depth", params={"pair": pair, "count": 1}, timeout=5)
    book = next(iter(r.json()["result"].values()))
    return float(book["bids"][0][0]), float(book["asks"][0][0])

def binance_top(sym):
    r = requests.get("https://api.binance.com/api/v3/ticker/bookTicker", params={"symbol": sym}, timeout=5)
    j = r.json()
    return float(j["bidPrice"]), float(j["askPrice"])

def usd_rate():
    r = requests.get("https://pro-api.coinmarketcap.com/v1/tools/price-conversion",
                     headers={"X-CMC_PRO_API_KEY": cmc_key}, params={"amount": 1, "symbol": "USDT"}, timeout=5)
    if r.status_code != 200:
        L.warning("cmc %s: %s", r.status_code, r.text[:200])
        return 1.0
    return r.json()["data"]["quote"]["USD"]["price"]

if cmc_key and len(cmc_key) != 36:
    L.error("CMC key %s looks wrong", cmc_key)
    sys.exit(1)

rate = usd_rate() if cmc_key else 1.0
for _ in range(int(os.getenv("ARB_ROUNDS", "10"))):
    for kp, bp in PAIRS.items():
        kb, ka = kraken_top(kp)
        bb, ba = binance_top(bp)
        spread = (bb - ka) / ka
        if spread > THRESH:
            L.info("ARB %s buy kraken %.2f sell binance %.2f (%.3f%%) rate=%.4f", kp, ka, bb, spread * 100, rate)
            if SLACK_WEBHOOK:
                requests.post(SLACK_WEBHOOK, json={"text": f"arb {kp} {spread:.3%}"}, timeout=5)
    time.sleep(2)
