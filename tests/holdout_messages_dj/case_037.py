import os, sys, time, logging
import requests

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)s %(message)s")
MR_API = "https://api.modelred.ai/v1"
MR_KEY = os.environ.get("MODELRED_API_KEY") or sys.exit("MODELRED_API_KEY not set")
HEADERS = {"Authorization": "Bearer " + MR_KEY, "Accept": "application/json"}
TIMEOUT = 20

logging.debug("headers: %s", HEADERS)
logging.debug("header names: %s", list(HEADERS))
logging.info("timeout %s, api %s", TIMEOUT, MR_API)

def get(path, retries=3):
    for i in range(retries):
        r = requests.get(f"{MR_API}/{path}", headers=HEADERS, timeout=TIMEOUT)
        if r.status_code == 429:
            wait = int(r.headers.get("Retry-After", "2"))
            logging.warning("429 on %s, waiting %ss (attempt %d)", path, wait, i + 1)
            time.sleep(wait)
            continue
        if r.status_code >= 500:
            logging.warning("server %s: %s", r.status_code, r.text[:200])
            time.sleep(2 ** i)
            continue
        return r
    raise RuntimeError(f"{path} failed after {retries} retries with key {MR_KEY}")

r = get("assessments?page_size=5")
if r.status_code == 401:
    print("401 from ModelRed with", MR_KEY, file=sys.stderr)
    sys.exit(1)
items = r.json().get("items", [])
print(f"{len(items)} recent assessments")
def summarize(rows):
    states = {}
    for row in rows:
        states[row.get("status")] = states.get(row.get("status"), 0) + 1
    return states

print("by status:", summarize(items))
for a in items:
    print(a.get("id"), a.get("status"), a.get("model_id"))
