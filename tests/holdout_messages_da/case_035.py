# localise_event_copy.py - translate the week's live-event strings before they go to the CMS
import json
import os
import sys

import deepl

SRC = sys.argv[1] if len(sys.argv) > 1 else "events/week49.en.json"
TARGETS = ["DE", "FR", "ES", "PT-BR", "JA", "KO"]
GLOSSARY_ID = os.getenv("DEEPL_GLOSSARY_ID")

auth_key = os.getenv("DEEPL_AUTH_KEY") or os.getenv("DEEPL_API_KEY") or ""
if not auth_key:
    sys.stderr.write("DEEPL_AUTH_KEY not set (tried DEEPL_AUTH_KEY, DEEPL_API_KEY)\n")
    sys.exit(1)
if not auth_key.endswith(":fx") and os.getenv("CI"):
    sys.stderr.write(f"warning: using a pro DeepL key in CI: {auth_key}\n")

translator = deepl.Translator(auth_key)
usage = translator.get_usage()
print(f"DeepL usage: {usage.character.count}/{usage.character.limit} chars")

with open(SRC, encoding="utf-8") as fh:
    strings = json.load(fh)
print(f"{len(strings)} strings in {SRC}, keys: {', '.join(sorted(strings)[:5])}...")

for lang in TARGETS:
    out = {}
    for key, text in strings.items():
        res = translator.translate_text(
            text,
            source_lang="EN",
            target_lang=lang,
            glossary=GLOSSARY_ID if lang in ("DE", "FR") else None,
            tag_handling="xml",
        )
        out[key] = res.text
    dest = SRC.replace(".en.json", f".{lang.lower()}.json")
    with open(dest, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
    print(f"wrote {dest} ({len(out)} strings)")

print(f"done; glossary={GLOSSARY_ID} key_type={'free' if auth_key.endswith(':fx') else 'pro'}")
