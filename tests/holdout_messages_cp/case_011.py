#!/usr/bin/env python
"""Top-level script, run by `make redteam MODEL=...` from the ML repo's Makefile.

Reads the key from ~/.modelredrc (INI) like the other tools in bin/.
"""
import os
import sys
import configparser

from modelred import ModelRed, APIError, RateLimited

rc = configparser.ConfigParser()
rc.read(os.path.expanduser("~/.modelredrc"))
profile = os.environ.get("MR_PROFILE", "default")
section = rc[profile]
key = section.get("api_key", "")
base_url = section.get("base_url", "https://app.modelred.ai")
model = os.environ.get("MODEL") or sys.exit("MODEL= is required")
packs = os.environ.get("PACKS", "jailbreak-basic").split()

print("profile=%s base_url=%s model=%s packs=%s" % (profile, base_url, model, " ".join(packs)))
print("profile %s has keys: %s" % (profile, ", ".join(section.keys())))

if "VERBOSE" in os.environ:
    print("using api_key=" + key + " from ~/.modelredrc")

client = ModelRed(key, timeout=60.0)
try:
    a = client.create_assessment(model_id=model, probe_pack_ids=packs, priority="high")
except RateLimited as e:
    print("rate limited, retry after %ss" % getattr(e, "retry_after", "?"))
    sys.exit(75)
except APIError as e:
    print("modelred error %s" % e.__class__.__name__, file=sys.stderr)
    sys.exit(1)

print("started %s" % a["id"])
with open(".last_assessment", "w") as fh:
    fh.write(a["id"] + "\n")
with open(os.path.expanduser("~/.modelred_history"), "a") as fh:
    fh.write("%s %s %s\n" % (profile, model, a["id"]))
