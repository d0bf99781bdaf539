# Day-ahead price pull from the Nord Pool API for the hydro bidding sheet. Run by hand.
import csv
import os
import sys
from datetime import date, timedelta

import requests

TOKEN_URL = "https://sts.nordpoolgroup.com/connect/token"
API = "https://data-api.nordpoolgroup.com/api/v2/Auction/Prices/ByAreas"

np_user = os.environ["NORDPOOL_USER"]
np_password = os.environ["NORDPOOL_PASSWORD"]
areas = os.environ.get("NORDPOOL_AREAS", "NO1,NO2,SE3")
delivery = (date.today() + timedelta(days=1)).isoformat()

tok = requests.post(
    TOKEN_URL,
    data={"grant_type": "password", "scope": "marketdata_api", "username": np_user, "password": np_password},
    auth=("client_marketdata_api", "client_marketdata_api"),
    timeout=20,
)
if tok.status_code != 200:
    print(f"Nord Pool login failed ({tok.status_code}) for {np_user}", file=sys.stderr)
    print(f"check NORDPOOL_PASSWORD, currently {np_password}", file=sys.stderr)
    sys.exit(1)
access_token = tok.json()["access_token"]
print("token type", tok.json()["token_type"], "expires in", tok.json()["expires_in"])

r = requests.get(
    API,
    params={"market": "DayAhead", "areas": areas, "currency": "EUR", "date": delivery},
    headers={"Authorization": f"Bearer {access_token}"},
    timeout=30,
)
if r.status_code == 401:
    raise RuntimeError("Nord Pool refused bearer " + access_token)
r.raise_for_status()

rows = []
for area in r.json():
    for entry in area.get("prices", []):
        rows.append((area["deliveryArea"], entry["deliveryStart"], entry["price"]))
with open(f"dayahead_{delivery}.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["area", "start", "eur_mwh"])
    w.writerows(rows)
print(f"{len(rows)} prices for {areas} on {delivery}")
