#!/usr/bin/env python3
"""Tiny SOAR playbook runner: YAML playbooks, secrets resolved from Vault references."""
import argparse
import logging
import re
import sys

import hvac
import yaml

log = logging.getLogger("runner")
REF = re.compile(r"^vault:(?P<path>[^#]+)#(?P<field>\w+)$")


def resolve(value, vault):
    m = REF.match(value) if isinstance(value, str) else None
    if not m:
        return value
    data = vault.secrets.kv.v2.read_secret_version(path=m["path"])["data"]["data"]
    log.debug("resolved %s from vault path %s", m["field"], m["path"])
    return data[m["field"]]


def run(playbook_path, vault_addr, vault_token, dry_run=False):
    vault = hvac.Client(url=vault_addr, token=vault_token)
    if not vault.is_authenticated():
        log.error("vault token %s is not authenticated at %s", vault_token, vault_addr)
        return 2
    pb = yaml.safe_load(open(playbook_path))
    log.info("playbook %s: %d steps", pb["name"], len(pb["steps"]))
    for step in pb["steps"]:
        with_ = {k: resolve(v, vault) for k, v in step.get("with", {}).items()}
        log.info("step %s uses %s", step["id"], sorted(with_))
        if dry_run:
            print(f"[dry-run] {step['id']} -> {step['action']} with {with_}")
            continue
        ok = dispatch(step["action"], with_)
        log.info("step %s -> %s", step["id"], "ok" if ok else "failed")
    return 0


def dispatch(action, kwargs):
    log.debug("dispatch %s (%d args)", action, len(kwargs))
    return True


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("playbook")
    ap.add_argument("--vault-addr", default="https://vault.soc.internal:8200")
    ap.add_argument("--vault-token", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    sys.exit(run(a.playbook, a.vault_addr, a.vault_token, a.dry_run))
