# FusionSolar northbound export for the community-solar settlement run (monthly, by hand).
import json
import os
import sys

import requests

BASE = "https://eu5.fusionsolar.huawei.com/thirdData"
user = os.environ["FUSIONSOLAR_USER"]
password = os.environ["FUSIONSOLAR_PASSWORD"]
station_codes = sys.argv[1:] or json.load(open("stations.json"))
print(f"stations: {station_codes}, user: {user}")

s = requests.Session()
login = s.post(f"{BASE}/login", json={"userName": user, "systemCode": password}, timeout=20)
xsrf = login.cookies.get("XSRF-TOKEN") or login.headers.get("xsrf-token")
if not login.json().get("success"):
    print(f"login failed: failCode={login.json().get('failCode')} user={user} password={password}")
    sys.exit(1)
s.headers["XSRF-TOKEN"] = xsrf
print("logged in, xsrf token present:", bool(xsrf))

kpi = s.post(
    f"{BASE}/getKpiStationMonth",
    json={"stationCodes": ",".join(station_codes), "collectTime": int(os.environ["SETTLEMENT_MONTH_MS"])},
    timeout=60,
).json()
if kpi.get("failCode") == 305:
    print(f"session expired for {user}; header names {sorted(s.headers)}")
    sys.exit(1)

rows = []
for item in kpi.get("data", []):
    m = item["dataItemMap"]
    rows.append({"station": item["stationCode"], "kwh": m.get("inverter_power"), "revenue": m.get("power_profit")})
print(json.dumps(rows, indent=2))

with open("settlement.csv", "w") as out:
    out.write("station,kwh,revenue\n")
    for r in rows:
        out.write(f"{r['station']},{r['kwh']},{r['revenue']}\n")
print("wrote settlement.csv with", len(rows), "stations; failCode", kpi.get("failCode"))
s.post(f"{BASE}/logout", json={"xsrfToken": xsrf}, timeout=10)
