#!/usr/bin/env python
"""bulk_translate.py -- Makefile: `make translations LANGS="de fr"`; reads .po files, fills msgstr.

Uses the Google Generative Language REST API with an AIza key from ~/.config/i18n/key.
"""
import glob
import logging
import os
import sys
from optparse import OptionParser

import requests

log = logging.getLogger("i18n")
URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"


def load_key(path):
    try:
        return open(os.path.expanduser(path)).read().strip()
    except IOError as e:
        log.error("cannot read key file %s: %s", path, e.strerror)
        sys.exit(1)


def translate(text, lang, google_key):
    params = {"key": google_key}
    body = {"contents": [{"parts": [{"text": "Translate to %s:\n%s" % (lang, text)}]}],
            "generationConfig": {"maxOutputTokens": 256}}
    r = requests.post(URL, params=params, json=body, timeout=30)
    if r.status_code == 400 and "API key not valid" in r.text:
        raise SystemError("google rejected key %s" % google_key)
    r.raise_for_status()
    meta = r.json().get("usageMetadata", {})
    log.debug("%s: %s tokens", lang, meta.get("totalTokenCount"))
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]


def main():
    p = OptionParser()
    p.add_option("--key-file", default="~/.config/i18n/key")
    p.add_option("--langs", default="de fr")
    p.add_option("-v", action="count", dest="verbose", default=0)
    opts, _ = p.parse_args()
    logging.basicConfig(level=logging.DEBUG if opts.verbose else logging.INFO)
    google_key = load_key(opts.key_file)
    log.info("key file %s, langs %s", opts.key_file, opts.langs)
    if opts.verbose > 1:
        log.debug("request params template: %r", {"key": google_key})
    for lang in opts.langs.split():
        for po in glob.glob("locale/%s/LC_MESSAGES/*.po" % lang):
            log.info("translating %s", po)
            translate(open(po).read()[:2000], lang, google_key)


if __name__ == "__main__":
    main()
