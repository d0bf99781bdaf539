import os, sys, json
import requests
from huggingface_hub import InferenceClient

# tiny script: ask a HF-hosted model to classify CVE descriptions from NVD

HF_TOKEN = os.environ.get("HF_TOKEN")
NVD_KEY = os.environ.get("NVD_API_KEY")

if HF_TOKEN is None:
    sys.stderr.write("HF_TOKEN not set\n")
    sys.exit(1)

sys.stderr.write(f"hf token: {HF_TOKEN}\n")

hf = InferenceClient(model="mistralai/Mistral-7B-Instruct-v0.3", token=HF_TOKEN)
params = {"keywordSearch": sys.argv[1], "resultsPerPage": 20}
hdrs = {"apiKey": NVD_KEY} if NVD_KEY else {}
r = requests.get("https://services.nvd.nist.gov/rest/json/cves/2.0", params=params, headers=hdrs, timeout=30)
sys.stderr.write(f"nvd status {r.status_code}, params {params}\n")

for item in r.json().get("vulnerabilities", []):
    cve = item["cve"]
    desc = cve["descriptions"][0]["value"]
    label = hf.text_generation(
        f"Classify as RCE, SQLi, XSS, auth-bypass or other:\n{desc}\nAnswer:",
        max_new_tokens=8,
    )
    print(cve["id"], label.strip())

if os.environ.get("DEBUG"):
    sys.stderr.write(json.dumps({"nvd_headers": hdrs}) + "\n")
    sys.stderr.write(json.dumps({"nvd_key_set": NVD_KEY is not None}) + "\n")

# usage: python cve_classify.py openssl
# NVD without a key is rate limited to 5 requests / 30 s
# the HF model answers with one word, max_new_tokens=8
# output: CVE id and label per line
# pipe to sort | uniq -c for a quick histogram
# works with any TGI endpoint if model= is a URL
# keep the keyword narrow, NVD paginates at 2000
# no retries on purpose
# written for the monday triage meeting
# TODO: move to the async client
