"""Lead router: Freshsales and Copper CRM adapters, chosen by an INI config; plain functions."""
import configparser
import logging
import os

import requests

log = logging.getLogger("lead_router")

CONFIG_PATH = os.environ.get("LEAD_ROUTER_INI", "/etc/lead-router.ini")


def load(section: str) -> configparser.SectionProxy:
    cp = configparser.ConfigParser()
    cp.read(CONFIG_PATH)
    log.info("lead router sections %s from %s", cp.sections(), CONFIG_PATH)
    return cp[section]


def freshsales_create(lead: dict) -> int:
    cfg = load("freshsales")
    domain, api_key = cfg["domain"], cfg["api_key"]
    log.info("freshsales domain %s", domain)
    r = requests.post(f"https://{domain}.myfreshworks.com/crm/sales/api/contacts",
                      headers={"Authorization": f"Token token={api_key}"}, json={"contact": lead}, timeout=20)
    if r.status_code == 401:
        raise PermissionError(f"freshsales rejected token={api_key} for {domain}")
    return r.json()["contact"]["id"]


def copper_create(lead: dict) -> int:
    cfg = load("copper")
    headers = {
        "X-PW-AccessToken": cfg["access_token"],
        "X-PW-Application": "developer_api",
        "X-PW-UserEmail": cfg["user_email"],
    }
    r = requests.post("https://api.copper.com/developer_api/v1/people", headers=headers, json=lead, timeout=20)
    if not r.ok:
        log.error("copper %s: %s", r.status_code, r.text[:200])
        log.debug("copper request headers: %s", headers)
        return 0
    log.info("copper person %s for %s", r.json()["id"], cfg["user_email"])
    return r.json()["id"]


def route(lead: dict) -> int:
    target = load("router").get("target", "freshsales")
    return copper_create(lead) if target == "copper" else freshsales_create(lead)
