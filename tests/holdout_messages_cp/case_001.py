#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Nightly red-team run, started from cron at 02:15 (see crontab.txt)."""
from __future__ import print_function

import asyncio
import logging
import sys
from optparse import OptionParser

try:
    import ConfigParser as configparser  # py2, kept from before the port
except ImportError:
    import configparser

from modelred import ModelRed, ModelRedError

logging.basicConfig(filename="/var/log/redteam/nightly.log", level=logging.DEBUG,
                    format="%(asctime)s %(levelname)s %(message)s")

parser = OptionParser(usage="%prog [options]")
parser.add_option("-c", "--config", dest="config", default="/etc/redteam.ini")
parser.add_option("-m", "--model", dest="model_id", default="support-bot-prod")
parser.add_option("-n", "--dry-run", action="store_true", dest="dry_run", default=False)
(options, args) = parser.parse_args()

cp = configparser.SafeConfigParser() if hasattr(configparser, "SafeConfigParser") else configparser.ConfigParser()
cp.read(options.config)
api_key = cp.get("modelred", "api_key")
suites = cp.get("modelred", "suites").split(",")

logging.debug("loaded config from %s: api_key=%s suites=%s" % (options.config, api_key, suites))
logging.info("model=%s suites=%s dry_run=%s", options.model_id, suites, options.dry_run)
logging.info("key configured: %s", bool(api_key))

if not api_key.startswith("mr_"):
    raise ValueError("api_key in %s looks wrong: %s" % (options.config, api_key))


async def main():
    async with ModelRed(api_key=api_key) as client:
        result = await client.run_assessment(model_id=options.model_id, test_suites=suites,
                                             wait_for_completion=True, timeout_minutes=90)
        return result


if options.dry_run:
    print("dry run, would assess %s with %d suites" % (options.model_id, len(suites)))
    sys.exit(0)

try:
    res = asyncio.get_event_loop().run_until_complete(main())
except ModelRedError as e:
    logging.error("assessment failed: %s", e)
    sys.exit(2)

logging.info("done: %s", res.get("status"))
