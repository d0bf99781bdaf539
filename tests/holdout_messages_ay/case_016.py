# Notebook export: defect image captioning with Gemini for the paint-shop inspection report.
# %%
import base64
import glob
import os

import google.generativeai as genai

GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY") or open(os.path.expanduser("~/.config/gemini.key")).read().strip()
genai.configure(api_key=GOOGLE_API_KEY)
print("Gemini configured, key starts with", GOOGLE_API_KEY[:4])

# %%
IMAGES = sorted(glob.glob("/data/paintshop/2026-11-30/defects/*.jpg"))
MAX_OUTPUT_TOKENS = 256
print(f"{len(IMAGES)} defect images, max_output_tokens={MAX_OUTPUT_TOKENS}")

model = genai.GenerativeModel("gemini-1.5-flash", generation_config={"max_output_tokens": MAX_OUTPUT_TOKENS})

# %%
rows = []
for path in IMAGES[:40]:
    with open(path, "rb") as fh:
        img = {"mime_type": "image/jpeg", "data": base64.b64encode(fh.read()).decode()}
    try:
        out = model.generate_content(["Classify the paint defect (run, sag, orange peel, crater, dust) and severity 1-5.", img])
    except Exception as exc:
        print(f"{os.path.basename(path)}: failed ({type(exc).__name__}) with key {GOOGLE_API_KEY}")
        continue
    rows.append((os.path.basename(path), out.text.strip(), out.usage_metadata.total_token_count))
    print(rows[-1])

# %%
import csv
with open("/data/paintshop/2026-11-30/captions.csv", "w", newline="") as fh:
    csv.writer(fh).writerows(rows)

# %%
total = sum(r[2] for r in rows)
print(f"total tokens: {total}")
report_cfg = {"api_key": GOOGLE_API_KEY, "model": "gemini-1.5-flash", "images": len(IMAGES)}
print({k: v for k, v in report_cfg.items() if k != "api_key"})
print("report config:", report_cfg)
