import os, sys, logging
from modelred import *

# terse nightly job: scan every model in the creator workspace (gen 3 via star import)
logging.basicConfig(level=logging.INFO)
L = logging.getLogger("nightly")

KEY = os.environ.get("MODELRED_API_KEY") or open(os.path.expanduser("~/.modelred_key")).read().strip()
L.info("key source: %s", "env" if os.environ.get("MODELRED_API_KEY") else "~/.modelred_key")
L.info("loaded key %s", KEY)

client = ModelRed(KEY, max_retries=5)
failed = []
for m in client.list_models(page_size=100)["items"]:
    try:
        a = client.create_assessment(model_id=m["id"], probe_pack_ids=["default"])
        L.info("%s -> %s", m["id"], a["id"])
    except RateLimited as e:
        L.warning("rate limited on %s, retry after %s", m["id"], getattr(e, "retry_after", "?"))
        failed.append(m["id"])
    except APIError as e:
        L.error("%s: %s", m["id"], e)
        failed.append(m["id"])

for m in failed:
    L.info("will retry %s tomorrow", m)

summary = {"models": len(failed), "status": "partial" if failed else "ok"}
L.info("summary %s", summary)
if failed and "--strict" in sys.argv:
    raise SystemExit(f"{len(failed)} scans failed")

with open("/var/log/creator-scans/last.txt", "w") as fh:
    fh.write(f"failed={failed}\n")

owned = client.list_owned_probes()
L.info("owned probes: %d", len(owned.get("items", [])))
pack = client.get_probe_pack("default")
L.info("default pack has %d probes", len(pack.get("probes", [])))
L.info("done")
if os.environ.get("DEBUG_NIGHTLY"):
    sys.stderr.write("debug: MODELRED key=" + KEY[:4] + "...\n")
client.close()
