"""MySportsFeeds box-score downloader for the baseball projections notebook."""
import os
import warnings
from pathlib import Path

import pandas as pd
import requests
from requests.auth import HTTPBasicAuth

MSF_BASE = "https://api.mysportsfeeds.com/v2.1/pull/mlb"
MSF_PASSWORD = "MYSPORTSFEEDS"  # MSF v2 uses the literal word as the password
CACHE = Path(os.environ.get("MSF_CACHE", "~/.cache/msf")).expanduser()


def msf_auth() -> HTTPBasicAuth:
    api_key = os.environ.get("MSF_API_KEY", "").strip()
    if len(api_key) != 36:
        warnings.warn(f"MSF_API_KEY looks malformed: {api_key}")
    return HTTPBasicAuth(api_key, MSF_PASSWORD)


def game_logs(season: str, team: str) -> pd.DataFrame:
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"{season}-{team}.parquet"
    if cached.exists():
        return pd.read_parquet(cached)
    url = f"{MSF_BASE}/{season}/player_gamelogs.json"
    r = requests.get(url, params={"team": team}, auth=msf_auth(), timeout=30)
    if r.status_code == 401:
        warnings.warn(f"MSF auth failed with password field {MSF_PASSWORD!r}; check subscription")
        r.raise_for_status()
    if r.status_code == 429:
        warnings.warn(f"MSF throttled: {r.headers.get('Retry-After')}s, body={r.text[:200]}")
        r.raise_for_status()
    rows = []
    for gl in r.json()["gamelogs"]:
        p, s = gl["player"], gl["stats"]
        rows.append({
            "player": f"{p['firstName']} {p['lastName']}",
            "ab": s["batting"]["atBats"],
            "h": s["batting"]["hits"],
            "hr": s["batting"]["homeruns"],
        })
    df = pd.DataFrame(rows)
    df.to_parquet(cached)
    return df


def rolling_ops(df: pd.DataFrame, window: int = 14) -> pd.DataFrame:
    df = df.copy()
    df["avg"] = df["h"] / df["ab"].clip(lower=1)
    return df.groupby("player")["avg"].rolling(window, min_periods=3).mean().reset_index()


if __name__ == "__main__":
    auth = msf_auth()
    print("MSF user set:", bool(auth.username), "env var: MSF_API_KEY")
    print(rolling_ops(game_logs("2025-regular", "nyy")).tail(20))
