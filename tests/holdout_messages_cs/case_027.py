"""Wikidata bot: create items for photographers found in the glass-plate negative collection."""
import logging
import os

import requests

log = logging.getLogger("wd_photographers")
API = "https://www.wikidata.org/w/api.php"
BOT_USER = os.environ.get("WD_BOT_USER", "ExampleLibraryBot@plates")
BOT_PASSWORD_VAR = "WD_BOT_PASSWORD"


def login(session: requests.Session) -> None:
    bot_password = os.environ[BOT_PASSWORD_VAR]
    log.debug("bot password length %d", len(bot_password))
    t = session.get(API, params={"action": "query", "meta": "tokens", "type": "login", "format": "json"}, timeout=30)
    login_token = t.json()["query"]["tokens"]["logintoken"]
    r = session.post(API, data={"action": "login", "lgname": BOT_USER, "lgpassword": bot_password,
                                "lgtoken": login_token, "format": "json"}, timeout=30)
    result = r.json()["login"]
    if result["result"] != "Success":
        log.error("login as %s: %s (%s)", BOT_USER, result["result"], result.get("reason"))
        raise PermissionError("Wikidata bot login failed for " + BOT_USER + " with " + bot_password)
    log.info("logged in as %s (%s from %s)", BOT_USER, result.get("lguserid"), BOT_PASSWORD_VAR)


def csrf(session: requests.Session) -> str:
    r = session.get(API, params={"action": "query", "meta": "tokens", "format": "json"}, timeout=30)
    return r.json()["query"]["tokens"]["csrftoken"]


def create_photographer(session: requests.Session, name: str, years: str) -> str:
    data = {
        "labels": {"en": {"language": "en", "value": name}},
        "descriptions": {"en": {"language": "en", "value": f"photographer ({years})"}},
        "claims": [{"mainsnak": {"snaktype": "value", "property": "P106",
                                 "datavalue": {"value": {"id": "Q33231"}, "type": "wikibase-entityid"}},
                    "type": "statement", "rank": "normal"}],
    }
    import json
    r = session.post(API, data={"action": "wbeditentity", "new": "item", "data": json.dumps(data),
                                "token": csrf(session), "format": "json", "bot": 1}, timeout=30)
    qid = r.json()["entity"]["id"]
    log.info("created %s for %s", qid, name)
    return qid


if __name__ == "__main__":
    import csv
    import sys
    s = requests.Session()
    s.headers["User-Agent"] = "ExampleLibraryPlatesBot/0.3 (digital@library.example.org)"
    login(s)
    for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
        create_photographer(s, row["name"], row["years"])
