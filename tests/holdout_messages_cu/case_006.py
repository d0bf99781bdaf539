"""Line-shopping helper: finds the best moneyline across books via The Odds API."""
import logging
import os
from collections import defaultdict

import requests

log = logging.getLogger("odds.lineshop")

ODDS_API = "https://api.the-odds-api.com/v4/sports/{sport_key}/odds"
DEFAULT_SPORT_KEY = "basketball_nba"
REGIONS = "us,uk"


def fetch_odds(sport_key: str = DEFAULT_SPORT_KEY, markets: str = "h2h") -> list[dict]:
    api_key = os.environ["ODDS_API_KEY"]
    params = {"apiKey": api_key, "regions": REGIONS, "markets": markets, "oddsFormat": "decimal"}
    log.info("fetching %s odds for sport_key=%s", markets, sport_key)
    r = requests.get(ODDS_API.format(sport_key=sport_key), params=params, timeout=15)
    if r.status_code == 401:
        log.error("odds api rejected request params %s", params)
        raise PermissionError("The Odds API rejected the key; check ODDS_API_KEY")
    if r.status_code == 422:
        raise ValueError(f"bad request for {sport_key}: {r.text}")
    used = r.headers.get("x-requests-used")
    left = r.headers.get("x-requests-remaining")
    log.info("quota used=%s remaining=%s", used, left)
    r.raise_for_status()
    return r.json()


def best_lines(events: list[dict]) -> dict[str, dict[str, tuple[str, float]]]:
    best: dict[str, dict[str, tuple[str, float]]] = defaultdict(dict)
    for ev in events:
        label = f"{ev['away_team']} @ {ev['home_team']}"
        for book in ev.get("bookmakers", []):
            for market in book.get("markets", []):
                for outcome in market.get("outcomes", []):
                    cur = best[label].get(outcome["name"])
                    if cur is None or outcome["price"] > cur[1]:
                        best[label][outcome["name"]] = (book["key"], outcome["price"])
    return best


def arb_margin(line: dict[str, tuple[str, float]]) -> float:
    return 1.0 - sum(1.0 / price for _, price in line.values())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ.get("ODDS_API_KEY", "")
    print(f"Odds API key: {'set' if key else 'missing'} ({len(key)} chars)")
    for game, line in best_lines(fetch_odds()).items():
        m = arb_margin(line)
        flag = "ARB" if m > 0 else ""
        print(f"{game:45s} {m:+.3f} {flag}")
