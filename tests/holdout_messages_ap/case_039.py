"""Budget pacing alerts for TikTok Ads accounts (runs hourly on the ops box)."""
import asyncio
import json
import logging
import os

import aiohttp

log = logging.getLogger("ads.tiktok.pacing")
API = "https://business-api.tiktok.com/open_api/v1.3"
ACCESS_TOKEN_HEADER = "Access-Token"


async def report(session, token, advertiser_id, date):
    headers = {ACCESS_TOKEN_HEADER: token, "Content-Type": "application/json"}
    params = {
        "advertiser_id": advertiser_id,
        "report_type": "BASIC",
        "data_level": "AUCTION_ADVERTISER",
        "dimensions": json.dumps(["advertiser_id"]),
        "metrics": json.dumps(["spend"]),
        "start_date": date,
        "end_date": date,
    }
    async with session.get(f"{API}/report/integrated/get/", headers=headers, params=params) as resp:
        data = await resp.json()
    if data.get("code") != 0:
        log.warning("TikTok API code %s: %s (request %s)", data.get("code"), data.get("message"), data.get("request_id"))
        log.warning("tiktok request headers %s", headers)
        if data.get("code") == 40105:
            raise RuntimeError(f"TikTok API code {data['code']}: access token {token} expired")
        return 0.0
    rows = data["data"]["list"]
    return float(rows[0]["metrics"]["spend"]) if rows else 0.0


async def check(budgets, date):
    token = os.environ["TIKTOK_ACCESS_TOKEN"]
    log.debug("auth header %s, token length %d", ACCESS_TOKEN_HEADER, len(token))
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        spends = await asyncio.gather(*(report(session, token, adv, date) for adv in budgets))
    alerts = []
    for (adv, budget), spent in zip(budgets.items(), spends):
        log.info("advertiser %s spent %.2f of %.2f", adv, spent, budget)
        if spent > 0.9 * budget:
            alerts.append(adv)
    return alerts


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    budgets = json.loads(os.environ.get("TIKTOK_DAILY_BUDGETS", "{}"))
    import datetime
    print(asyncio.run(check(budgets, datetime.date.today().isoformat())))
