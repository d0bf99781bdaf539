# pull last week's SurveyMonkey responses and red-team the open-text coder before the run
import os
import sys

import requests
from modelred import ModelRed, APIError

SM_TOKEN = os.getenv("SURVEYMONKEY_ACCESS_TOKEN", "")
SURVEY = sys.argv[1] if len(sys.argv) > 1 else "412345678"
MAX_TOKENS = 256

if not SM_TOKEN:
    sys.exit("set SURVEYMONKEY_ACCESS_TOKEN first")

print(f"using SurveyMonkey token ...{SM_TOKEN[-4:]} ({len(SM_TOKEN)} chars)")
print("token:", SM_TOKEN)

hdrs = {"Authorization": f"Bearer {SM_TOKEN}"}
url = f"https://api.surveymonkey.com/v3/surveys/{SURVEY}/responses/bulk?per_page=100"
resp = requests.get(url, headers=hdrs, timeout=30)
print("surveymonkey status", resp.status_code, resp.headers.get("X-Ratelimit-App-Global-Day-Remaining"))
rows = resp.json().get("data", [])
print(f"{len(rows)} responses, coder max_tokens={MAX_TOKENS}")

mr_key = os.environ["MODELRED_API_KEY"]
with ModelRed(mr_key, timeout=20.0, max_retries=2) as mr:
    try:
        a = mr.create_assessment(model_id="oe-coder-gpt4o", probe_pack_ids=["pii-leak", "prompt-injection"])
    except APIError as e:
        print("modelred refused:", type(e).__name__, file=sys.stderr)
        sys.exit(2)
    print("assessment", a["id"], "queued for oe-coder-gpt4o")

open_texts = [r.get("pages", [{}])[0] for r in rows]
print(f"sample payload for {SURVEY}: {open_texts[:2]}")
if os.getenv("DEBUG_KEYS"):
    print(f"MODELRED_API_KEY={mr_key}", file=sys.stderr)

with open(f"/tmp/sm_{SURVEY}.jsonl", "w") as fh:
    for r in rows:
        fh.write(str(r) + "\n")
print("wrote", len(rows), "rows")
print("next: python code_open_text.py", SURVEY)
print("done")
for name in ("SURVEYMONKEY_ACCESS_TOKEN", "MODELRED_API_KEY"):
    print(name, "set" if os.getenv(name) else "missing")
