"""Farm-management integration: Agworld activities -> LLM field notes (plain functions)."""
import json
import logging
import os
import configparser

import requests
from openai import OpenAI

flog = logging.getLogger("agworld")
CONF = os.path.expanduser("~/.config/farmsync/agworld.ini")
API = "https://my.agworld.com/user_api/v1"


def load_conf(path=CONF):
    cp = configparser.ConfigParser()
    cp.read(path)
    sec = cp["agworld"]
    flog.info("agworld config from %s, sections %s", path, cp.sections())
    return sec


def activities(sec, farm_id):
    token = sec["api_token"]
    r = requests.get(f"{API}/activities", params={"farm_id": farm_id, "api_token": token}, timeout=30)
    if r.status_code == 401:
        flog.error("agworld token %s rejected for farm %s", token, farm_id)
        return []
    r.raise_for_status()
    items = r.json()["data"]
    flog.info("farm %s: %d activities", farm_id, len(items))
    return items


def field_notes(sec, items):
    client = OpenAI(api_key=sec.get("openai_key"))
    prompt = "Write short agronomist field notes from these activities:\n" + json.dumps(items)[:10000]
    out = client.chat.completions.create(model="gpt-4o", max_tokens=600, messages=[{"role": "user", "content": prompt}])
    flog.info("notes: %d tokens, model %s", out.usage.total_tokens, out.model)
    return out.choices[0].message.content


def dump_config():
    sec = load_conf()
    print(dict(sec))


def safe_config(sec):
    shown = {k: v for k, v in sec.items() if k not in ("api_token", "openai_key")}
    print(shown)


if __name__ == "__main__":
    import sys
    sec = load_conf()
    if "--show-config" in sys.argv:
        safe_config(sec)
    if "--dump-config" in sys.argv:
        dump_config()
    notes = field_notes(sec, activities(sec, sys.argv[1]))
    print(notes)
