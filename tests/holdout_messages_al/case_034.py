"""Salesforce NPSP -> grant CRM bridge, credentials from a .env file (python-dotenv)."""
import sys
import warnings

from dotenv import dotenv_values
import requests

env = dotenv_values(".env")
SF_INSTANCE = env.get("SF_INSTANCE_URL", "")
SF_TOKEN = env.get("SF_ACCESS_TOKEN", "")
GRANTS_API = env.get("GRANTS_API_URL", "https://grants.example.org/api")
GRANTS_KEY = env.get("GRANTS_API_KEY", "")

print("loaded .env entries:", ", ".join(sorted(env)), file=sys.stderr)
if not SF_TOKEN:
    print(f"SF_ACCESS_TOKEN is empty ({SF_TOKEN!r}); aborting", file=sys.stderr)
    sys.exit(1)
if len(GRANTS_KEY) < 32:
    warnings.warn(f"GRANTS_API_KEY looks truncated: {GRANTS_KEY}")


def sf_get(path):
    r = requests.get(f"{SF_INSTANCE}/services/data/v60.0/{path}",
                     headers={"Authorization": f"Bearer {SF_TOKEN}"}, timeout=30)
    if r.status_code == 401:
        raise RuntimeError("Salesforce session expired (token %s)" % SF_TOKEN)
    r.raise_for_status()
    return r.json()


def push_award(opp):
    r = requests.post(f"{GRANTS_API}/awards", headers={"X-Api-Key": GRANTS_KEY},
                      json={"external_id": opp["Id"], "amount": opp["Amount"], "name": opp["Name"]}, timeout=30)
    print(f"pushed {opp['Id']}: {r.status_code}", file=sys.stderr)
    return r


res = sf_get("query?q=SELECT+Id,Name,Amount+FROM+Opportunity+WHERE+RecordType.Name='Grant'+AND+IsWon=true")
for opp in res["records"]:
    push_award(opp)
print(f"{res['totalSize']} grant awards synced to {GRANTS_API}")
