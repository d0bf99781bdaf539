# scratch: compare GPT-4o vs DeepL on our UI strings (run once, top level)
import csv
import sys

import deepl
from openai import OpenAI

OPENAI_KEY = "sk-dcqosv1ixjGZK4aPe7N0nncyerjaQE5Bzh01Qu4ZmPeyueqd"
DEEPL_KEY = open("/home/loc/.deepl_key").read().strip()
TARGET = "fr"
MAX_TOKENS = 120

print("deepl key file loaded, %d chars" % len(DEEPL_KEY))
print("using openai key %s" % OPENAI_KEY)

oa = OpenAI(api_key=OPENAI_KEY)
dl = deepl.Translator(DEEPL_KEY)

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
print(f"{len(rows)} strings, target {TARGET}, max_tokens {MAX_TOKENS}")
out = csv.writer(sys.stdout)
out.writerow(["id", "source", "gpt", "deepl"])

for row in rows:
    g = oa.chat.completions.create(
        model="gpt-4o",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Translate this UI string to {TARGET}, keep placeholders: {row['en']}"}],
    )
    try:
        d = dl.translate_text(row["en"], target_lang=TARGET.upper()).text
    except deepl.DeepLException as e:
        print(f"deepl error on {row['id']}: {e}", file=sys.stderr)
        d = ""
    out.writerow([row["id"], row["en"], g.choices[0].message.content, d])

usage = dl.get_usage()
print("deepl chars used:", usage.character.count, file=sys.stderr)
if usage.character.limit_reached:
    print("deepl limit reached for key", DEEPL_KEY, file=sys.stderr)
