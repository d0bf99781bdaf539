import os, json, logging
from openai import AzureOpenAI

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
jd_log = logging.getLogger("jd_rewrite")

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-jd")
azure_key = os.environ["AZURE_OPENAI_API_KEY"]
api_version = "2024-06-01"

jd_log.info("endpoint=%s deployment=%s version=%s", endpoint, deployment, api_version)
jd_log.debug("azure key %s", azure_key)

client = AzureOpenAI(azure_endpoint=endpoint, api_key=azure_key, api_version=api_version)

SYSTEM = ("You rewrite job descriptions to remove biased or exclusionary language. "
          "Keep requirements intact; return JSON with 'text' and 'changes'.")

with open("job_descriptions.jsonl") as fh:
    jds = [json.loads(line) for line in fh if line.strip()]

jd_log.info("loaded %d job descriptions", len(jds))
total_tokens = 0
out_rows = []
for jd in jds:
    r = client.chat.completions.create(
        model=deployment,
        max_tokens=900,
        response_format={"type": "json_object"},
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": jd["text"]}],
    )
    total_tokens += r.usage.total_tokens
    rewritten = json.loads(r.choices[0].message.content)
    out_rows.append({"req_id": jd["req_id"], **rewritten})
    jd_log.info("req %s: %d changes", jd["req_id"], len(rewritten.get("changes", [])))

jd_log.info("total tokens used: %d", total_tokens)

with open("job_descriptions.rewritten.jsonl", "w") as fh:
    for row in out_rows:
        fh.write(json.dumps(row) + "\n")

print("rewrote", len(out_rows), "job descriptions with deployment", deployment)
