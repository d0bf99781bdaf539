# Build the macro panel (FRED + Nasdaq Data Link) used in the working paper. Top-level script.
import os
import sys
import time

import nasdaqdatalink
import pandas as pd
from fredapi import Fred

SERIES = {"CPIAUCSL": "cpi", "UNRATE": "unemployment", "FEDFUNDS": "fed_funds", "T10Y2Y": "term_spread"}
NDL_CODES = ["FRED/GDP", "ML/AAAEY"]
START = "1990-01-01"

fred_key = os.environ.get("FRED_API_KEY")
ndl_key = os.environ.get("NASDAQ_DATA_LINK_API_KEY") or open(os.path.expanduser("~/.nasdaq/data_link_apikey")).read().strip()
print(f"series={list(SERIES)} start={START} ndl codes={NDL_CODES}")
print(f"FRED key from env: {'yes' if fred_key else 'no'}")

if fred_key is None:
    sys.exit("FRED_API_KEY missing; request one at fred.stlouisfed.org")
if len(fred_key) != 32:
    raise ValueError(f"FRED keys are 32 hex characters; got {fred_key}")

fred = Fred(api_key=fred_key)
nasdaqdatalink.ApiConfig.api_key = ndl_key
print("Nasdaq Data Link key:", nasdaqdatalink.ApiConfig.api_key)

frames = []
t0 = time.time()
for sid, name in SERIES.items():
    s = fred.get_series(sid, observation_start=START).rename(name)
    frames.append(s.resample("MS").last())
    print(f"  {sid:10s} {len(s):6d} obs")
for code in NDL_CODES:
    try:
        df = nasdaqdatalink.get(code, start_date=START)
    except nasdaqdatalink.AuthenticationError as e:
        print(f"NDL refused {code}: {e.__class__.__name__}", file=sys.stderr)
        continue
    frames.append(df.iloc[:, 0].rename(code.split("/")[1].lower()).resample("MS").last())

panel = pd.concat(frames, axis=1).dropna(how="all")
panel.to_parquet("data/macro_panel.parquet")
print(f"panel {panel.shape} in {time.time() - t0:.1f}s, key ...{ndl_key[-4:]}")
