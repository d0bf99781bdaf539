#!/usr/bin/env python3
"""Weekly cron: scans every model in models.csv with ModelRed (generation 3) and mails a CSV.

    0 6 * * 1  cd /opt/redteam && ./weekly_scan.py >> weekly.log 2>&1
"""
import csv
import os
import sys
import time

from modelred import ModelRed, ModelRedError, RateLimited, NotAllowedForApiKey

MR_KEY = os.environ.get("MODELRED_API_KEY", "")
DETECTOR_KEY = os.environ.get("OPENAI_API_KEY", "")
PACKS = ["jailbreak-basic", "prompt-injection", "pii-leak"]
OUT = "weekly_%s.csv" % time.strftime("%Y%m%d")

print("weekly scan %s: %d packs, detector key set=%s" % (time.strftime("%c"), len(PACKS), bool(DETECTOR_KEY)))

rows = []
with ModelRed(MR_KEY, max_retries=5) as mr:
    for row in csv.DictReader(open("models.csv")):
        model_id = row["model_id"]
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS, detector_api_key=DETECTOR_KEY)
        except RateLimited:
            print("  %s: rate limited, sleeping" % model_id)
            time.sleep(60)
            continue
        except NotAllowedForApiKey:
            print("  key ...%s may not scan %s" % (MR_KEY[-4:], model_id))
            continue
        except ModelRedError as e:
            print("  %s: failed (%s)" % (model_id, type(e).__name__))
            continue
        rows.append({"model_id": model_id, "assessment": a["id"], "owner": row.get("owner", "")})
        print("  %s -> %s" % (model_id, a["id"]))

if not rows:
    sys.stderr.write("nothing scanned; MR_KEY=%s DETECTOR_KEY=%s\n" % (MR_KEY, DETECTOR_KEY))
    sys.exit(1)

with open(OUT, "w") as fh:
    w = csv.DictWriter(fh, fieldnames=["model_id", "assessment", "owner"])
    w.writeheader()
    w.writerows(rows)
print("wrote %d rows to %s" % (len(rows), OUT))
