import os, sys, json, logging
import requests

# One-off: pull the Procore drawing log and ask GPT to spot missing sheets.
logging.basicConfig(level=logging.DEBUG)

COMPANY = os.environ["PROCORE_COMPANY_ID"]
PROJECT = sys.argv[1]
procore_token = os.environ["PROCORE_ACCESS_TOKEN"]
oai = os.environ["OPENAI_API_KEY"]

logging.info("company=%s project=%s", COMPANY, PROJECT)
h = {"Authorization": "Bearer " + procore_token, "Procore-Company-Id": COMPANY}
logging.debug("procore headers: %s", h)

r = requests.get(f"https://api.procore.com/rest/v1.0/projects/{PROJECT}/drawings", headers=h, timeout=30)
if r.status_code == 401:
    raise SystemExit(f"Procore said 401: {r.text}")
sheets = [d["number"] for d in r.json()]
logging.info("%d sheets", len(sheets))

prompt = "These are drawing numbers on a commercial project. Which sequence numbers look missing?\n" + "\n".join(sheets)
req = {"model": "gpt-4o-mini", "max_tokens": 300, "messages": [{"role": "user", "content": prompt}]}
logging.debug("openai request body: %s", json.dumps(req)[:500])
resp = requests.post("https://api.openai.com/v1/chat/completions",
                     headers={"Authorization": f"Bearer {oai}"}, json=req, timeout=60)
if not resp.ok:
    raise RuntimeError("openai call failed with key " + oai + ": " + resp.text)
out = resp.json()
logging.info("usage %s", out["usage"])
print(out["choices"][0]["message"]["content"])

EXPECTED_PREFIXES = ("A", "S", "M", "E", "P")
missing_disc = [p for p in EXPECTED_PREFIXES if not any(s.startswith(p) for s in sheets)]
if missing_disc:
    logging.warning("no sheets for disciplines %s", missing_disc)
logging.debug("token var used: PROCORE_ACCESS_TOKEN")
print("done; token ended with", procore_token[-4:])
if len(sheets) < 5:
    # a near-empty log usually means the token belongs to another company
    raise RuntimeError(f"only {len(sheets)} sheets visible to token {procore_token}")
