import os
import sys
import logging
import requests

# migrate_macros.py -- copy Zendesk macros from the sandbox to production
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("migrate")

SANDBOX = {"sub": "acme1700000000", "email": os.environ["ZD_EMAIL"], "token": os.environ["ZD_SANDBOX_TOKEN"]}
PROD = {"sub": "acme", "email": os.environ["ZD_EMAIL"], "token": os.environ["ZD_PROD_TOKEN"]}
DRY_RUN = "--apply" not in sys.argv
log.info("prod token present: %s", bool(PROD["token"]))

log.info("sandbox=%s prod=%s dry_run=%s", SANDBOX["sub"], PROD["sub"], DRY_RUN)
log.info("source account: %s", SANDBOX)


def zd(acct, method, path, **kw):
    url = f"https://{acct['sub']}.zendesk.com/api/v2/{path}"
    r = requests.request(method, url, auth=(acct["email"] + "/token", acct["token"]), timeout=30, **kw)
    if r.status_code == 401:
        raise SystemExit(f"401 from {acct['sub']} for {acct['email']}")
    r.raise_for_status()
    return r.json()


src = zd(SANDBOX, "GET", "macros.json")["macros"]
dst_titles = {m["title"] for m in zd(PROD, "GET", "macros.json")["macros"]}
log.info("%d macros in sandbox, %d in prod", len(src), len(dst_titles))

copied = 0
for m in src:
    if m["title"] in dst_titles:
        continue
    payload = {"macro": {"title": m["title"], "actions": m["actions"], "active": m["active"]}}
    if DRY_RUN:
        log.info("would copy %s", m["title"])
        continue
    try:
        zd(PROD, "POST", "macros.json", json=payload)
        copied += 1
    except requests.HTTPError as e:
        log.error("copy of %s failed: %s (%s)", m["title"], e.response.status_code, e.response.text[:200])
        if e.response.status_code == 403:
            raise RuntimeError(f"prod token {PROD['token']} lacks macro write scope")

log.info("copied %d macros", copied)
