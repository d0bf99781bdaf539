import os, sys, csv, logging
import requests

# one-off: pull last month's production from every SolarEdge site on the co-op account
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("solaredge")

SE = "https://monitoringapi.solaredge.com"
api_key = os.environ["SOLAREDGE_API_KEY"]
account = os.environ.get("SOLAREDGE_ACCOUNT", "coop-north")
start, end = sys.argv[1], sys.argv[2]

log.info("account %s, period %s..%s", account, start, end)
sites_url = f"{SE}/sites/list?api_key={api_key}&size=100"
log.debug("GET %s", f"{SE}/sites/list?api_key={api_key}&size=100")
r = requests.get(sites_url, timeout=30)
if r.status_code == 403:
    raise SystemExit(f"SolarEdge 403 for account {account}")
r.raise_for_status()
sites = r.json()["sites"]["site"]
log.info("%d sites", len(sites))

rows = []
for s in sites:
    e = requests.get(f"{SE}/site/{s['id']}/energy", params={"api_key": api_key, "timeUnit": "DAY", "startDate": start, "endDate": end}, timeout=30)
    if not e.ok:
        log.warning("site %s: %s %s", s["id"], e.status_code, e.reason)
        continue
    values = e.json()["energy"]["values"]
    kwh = sum((v["value"] or 0) for v in values) / 1000
    rows.append((s["id"], s["name"], round(kwh, 2)))

with open(f"production_{start}_{end}.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["site_id", "name", "kwh"])
    w.writerows(rows)

total = sum(r[2] for r in rows)
print(f"{len(rows)} sites, {total:.1f} kWh total")
if total == 0:
    print(f"no production returned; check key {api_key} has site access", file=sys.stderr)
print(f"key fingerprint {api_key[:4]}...{api_key[-4:]}")
