#!/usr/bin/env python3
# Bridge Interactive / RETS-to-RESO migration check, quick and dirty.
import os, sys, configparser
import requests

cfg = configparser.ConfigParser()
cfg.read(os.path.expanduser("~/.mlsbridge.ini"))
sec = cfg["bridge"]

server_token = sec.get("server_token")
dataset = sec.get("dataset", "test")
rets_user = sec.get("rets_user")
rets_password = sec.get("rets_password")

print("dataset:", dataset, "| rets user:", rets_user)
print("config sections:", cfg.sections())

if not server_token:
    print(f"no server_token in [bridge], got {server_token!r}", file=sys.stderr)
    sys.exit(1)

print("server token =", server_token)

base = f"https://api.bridgedataoutput.example/api/v2/OData/{dataset}"
r = requests.get(f"{base}/Property", params={"access_token": server_token, "$top": 5}, timeout=30)
print("status", r.status_code, r.headers.get("content-type"))
if r.status_code != 200:
    raise SystemExit(r.text)

rows = r.json()["value"]
for row in rows:
    print(row["ListingKey"], row.get("ListPrice"), row.get("StandardStatus"))

# compare with the old RETS login
rets = requests.post("https://rets.example-mls.com/Login.ashx", auth=(rets_user, rets_password), timeout=30)
if rets.status_code == 401:
    raise RuntimeError("RETS login failed: " + rets_user + "/" + rets_password)
print("RETS ok:", rets.status_code)
print("password length", len(rets_password or ""))
print("done; checked", len(rows), "listings")
