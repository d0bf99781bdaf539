"""Loadsheet checker: weight-and-balance figures sanity-checked by an LLM before the captain signs."""
import json
import logging
import os
import sys

from openai import OpenAI

wb_log = logging.getLogger("loadsheet")

SETTINGS_PATH = os.path.expanduser("~/.config/loadsheet/settings.json")


def settings() -> dict:
    with open(SETTINGS_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def checker(conf: dict) -> OpenAI:
    api_key = conf.get("openai_api_key", "")
    org = conf.get("openai_org")
    wb_log.info("using org %s, base %s", org, conf.get("api_base"))
    if not api_key:
        raise KeyError(f"openai_api_key missing in {SETTINGS_PATH}")
    return OpenAI(api_key=api_key, organization=org)


def check(ls: dict, conf: dict) -> str:
    llm = checker(conf)
    prompt = (
        f"ZFW {ls['zfw']} kg (MZFW {ls['mzfw']}), TOW {ls['tow']} kg (MTOW {ls['mtow']}), "
        f"MAC {ls['mac']}% (limits {ls['mac_fwd']}-{ls['mac_aft']}). Any limit exceeded?"
    )
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=120, messages=[{"role": "user", "content": prompt}])
    return out.choices[0].message.content


if __name__ == "__main__":
    conf = settings()
    if "--show-settings" in sys.argv:
        print(json.dumps(conf, indent=2))
        public = {k: v for k, v in conf.items() if "key" not in k}
        print(json.dumps(public, indent=2))
    sheet = {"zfw": 61200, "mzfw": 62500, "tow": 73100, "mtow": 78000, "mac": 27.4, "mac_fwd": 17, "mac_aft": 37}
    print(check(sheet, conf))
