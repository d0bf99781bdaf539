#!/usr/bin/env python
"""Makefile target `make llm-smoke`: checks every provider key in keys.cfg still works."""
import configparser
import sys
import time

import requests

CHECKS = {
    "openai": ("https://api.openai.com/v1/models", "Authorization", "Bearer %s"),
    "anthropic": ("https://api.anthropic.com/v1/models", "x-api-key", "%s"),
    "openrouter": ("https://openrouter.ai/api/v1/models", "Authorization", "Bearer %s"),
}


def check(name, key):
    url, header, fmt = CHECKS[name]
    t0 = time.time()
    r = requests.get(url, headers={header: fmt % key}, timeout=15)
    took = time.time() - t0
    if r.status_code == 401:
        print("FAIL %-12s key %s was rejected" % (name, key))
        return False
    if r.status_code != 200:
        print("FAIL %-12s HTTP %d in %.1fs: %s" % (name, r.status_code, took, r.text[:200]))
        return False
    print("ok   %-12s %d models, key ...%s" % (name, len(r.json().get("data", [])), key[-4:]))
    return True


def main(path):
    cfg = configparser.ConfigParser()
    if not cfg.read(path):
        sys.stderr.write("cannot read %s\n" % path)
        return 2
    failed = 0
    for section in cfg.sections():
        if section not in CHECKS:
            sys.stderr.write("skipping unknown section [%s] with options %s\n" % (section, cfg.options(section)))
            continue
        key = cfg.get(section, "key")
        if not check(section, key):
            failed += 1
    sys.stderr.write("%d of %d checks failed\n" % (failed, len(cfg.sections())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "keys.cfg"))
