"""Green Button / UtilityAPI meter-history importer (plain functions)."""
import os
import sys
import json
import logging

import requests

log = logging.getLogger("utilityapi")
UAPI = "https://utilityapi.com/api/v2"
TOKEN_ENV = "UTILITYAPI_TOKEN"


def _token():
    tok = os.environ.get(TOKEN_ENV)
    if tok is None:
        raise KeyError(f"missing {TOKEN_ENV}")
    return tok


def list_meters(authorization_uid):
    tok = _token()
    r = requests.get(f"{UAPI}/meters", params={"authorizations": authorization_uid}, headers={"Authorization": f"Bearer {tok}"}, timeout=30)
    if r.status_code == 401:
        sys.stderr.write(f"UtilityAPI refused token {tok}\n")
        return []
    r.raise_for_status()
    meters = r.json()["meters"]
    log.info("authorization %s has %d meters", authorization_uid, len(meters))
    return meters


def fetch_intervals(meter_uid, start, end):
    tok = _token()
    r = requests.get(f"{UAPI}/intervals", params={"meters": meter_uid, "start": start, "end": end}, headers={"Authorization": f"Bearer {tok}"}, timeout=60)
    if not r.ok:
        raise RuntimeError(f"intervals for {meter_uid} failed: {r.status_code} {r.text[:200]}")
    return r.json()["intervals"]


def write_csv(meter_uid, intervals, out):
    with open(out, "w") as fh:
        fh.write("start,end,kwh\n")
        for block in intervals:
            for reading in block["readings"]:
                fh.write(f"{reading['start']},{reading['end']},{reading['kwh']}\n")
    log.info("wrote %s for meter %s", out, meter_uid)


def main(argv):
    auth_uid, start, end = argv[1:4]
    tok = _token()
    print(f"using {TOKEN_ENV} (len {len(tok)}, ends {tok[-4:]})")
    for meter in list_meters(auth_uid):
        ivs = fetch_intervals(meter["uid"], start, end)
        write_csv(meter["uid"], ivs, f"{meter['uid']}.csv")
    print(json.dumps({"auth": auth_uid, "token": tok}))


if __name__ == "__main__":
    main(sys.argv)
