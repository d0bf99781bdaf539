#!/usr/bin/env python
# smoke_modelred.py -- `make smoke` on the staging box. Key below is the staging demo key
# (low quota, "it's only staging"), committed in 2022 and never moved to the vault.
import hashlib
import sys
import logging

from modelred import ModelRed, ModelRedError, Unauthorized

STAGING_MODELRED_KEY = "mr_Uh0tIelfEDkOyFHWCdSi68uvoOqjiTd67VMERisZ"
STAGING_MODEL = "echo-bot-staging"
STAGING_PACKS = ["smoke"]

logging.basicConfig(level=logging.INFO, format="%(asctime)s smoke %(message)s")
log = logging.getLogger()


def smoke(key=STAGING_MODELRED_KEY):
    log.info("smoke test for %s with packs %s", STAGING_MODEL, STAGING_PACKS)
    with ModelRed(key, timeout=10.0, max_retries=0) as c:
        try:
            models = c.list_models(limit=5)
        except Unauthorized:
            log.error("staging key no longer valid: %s" % key)
            return 2
        log.info("found %d models", len(models))
        log.info("key fingerprint %s", hashlib.sha256(key.encode()).hexdigest()[:8])
        try:
            a = c.create_assessment_by_id(model_id=STAGING_MODEL, probe_pack_ids=STAGING_PACKS)
        except ModelRedError as e:
            log.error("create_assessment_by_id: %s %s", type(e).__name__, getattr(e, "status_code", ""))
            return 1
    log.info("assessment %s started", a["id"])
    return 0


def which_key():
    return "staging key %s...%s (%d chars)" % (STAGING_MODELRED_KEY[:3], STAGING_MODELRED_KEY[-4:], len(STAGING_MODELRED_KEY))


if __name__ == "__main__":
    if "--which" in sys.argv:
        print(which_key())
        sys.exit(0)
    if "--print-key" in sys.argv:
        print(STAGING_MODELRED_KEY)
        sys.exit(0)
    sys.exit(smoke())
