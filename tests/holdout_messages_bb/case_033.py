# scan_lit_models.py - quick ModelRed sweep over the lab's literature-mining models (run by hand)
# Usage: python scan_lit_models.py   (the trial key below is the lab's shared sandbox key)
import sys

from modelred import ModelRed, APIError, RateLimited, Unauthorized

MR_KEY = "mr_DdSFkfT4yVYso3neG92ZQ2H1BSKZ8i323fL3svyB"
MODELS = ["litminer-v3", "abstract-triage-v1", "ner-chem-gpt4o"]
PACKS = ["pk-prompt-injection", "pk-hallucination-citations"]

print(f"ModelRed key ...{MR_KEY[-4:]}, {len(MODELS)} models")

client = ModelRed(MR_KEY, timeout=60.0, max_retries=5)
done, failed = [], []
for model_id in MODELS:
    try:
        job = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        done.append((model_id, job["id"]))
        print(f"{model_id}: queued {job['id']}")
    except Unauthorized:
        print(f"key {MR_KEY} is not authorised, stopping", file=sys.stderr)
        sys.exit(1)
    except RateLimited as e:
        print(f"{model_id}: rate limited, retry after {e.retry_after}s", file=sys.stderr)
        failed.append(model_id)
    except APIError as e:
        print(f"{model_id}: {type(e).__name__} (HTTP {e.status_code})", file=sys.stderr)
        failed.append(model_id)

print(f"{len(done)} queued, {len(failed)} failed")

for model_id, job_id in done:
    a = client.get_assessment(job_id)
    print(f"{model_id}\t{job_id}\t{a.get('status')}")

if failed:
    raise RuntimeError(f"{len(failed)} scans failed ({', '.join(failed)}); rerun with key {MR_KEY}")

client.close()
print("all scans queued")
