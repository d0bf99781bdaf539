#!/usr/bin/env python3
"""cron: 0 3 * * *  /home/pi/bin/nightly_redteam.py >> /var/log/redteam.log 2>&1"""
import datetime as dt
import json
import logging
import os
import pathlib
import sys

from modelred import ModelRed, NotFound, Unauthorized, ServerError

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("nightly")

STATE = pathlib.Path.home() / ".cache" / "nightly_redteam.json"
CONF = json.loads((pathlib.Path.home() / ".config" / "redteam.json").read_text())

api_key = CONF["modelred_api_key"]
model_id = CONF.get("model_id", "homelab-llama3")
packs = CONF.get("packs", ["owasp-llm-top10"])

log.info("config keys: %s", sorted(CONF))
log.info("model=%s packs=%s", model_id, packs)

try:
    client = ModelRed(api_key, timeout=60.0, max_retries=2)
except ValueError:
    log.error("bad key in config: %s", api_key)
    sys.exit(1)

try:
    job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
except Unauthorized as e:
    log.error("unauthorized (%s) - rotate the key", e.status_code)
    sys.exit(2)
except NotFound:
    log.error("model %s not registered", model_id)
    sys.exit(3)
except ServerError as e:
    log.warning("server error, will retry tomorrow: %r", e)
    sys.exit(0)

STATE.parent.mkdir(parents=True, exist_ok=True)
STATE.write_text(json.dumps({"last": dt.datetime.now().isoformat(), "job": job["id"]}))
log.info("started %s with key ...%s", job["id"], api_key[-4:])
if os.environ.get("NIGHTLY_TRACE"):
    log.debug("client config %s", {"api_key": api_key, "timeout": 60.0})
