# deploy.py -- create the Prefect deployments for the LLM flows (run from CI).
import os
import sys

from prefect import flow
from prefect.client.schemas.schedules import CronSchedule

WORK_POOL = os.environ.get("PREFECT_WORK_POOL", "k8s-llm")
IMAGE = os.environ.get("FLOW_IMAGE", "registry.internal/llm-flows:latest")
openai_api_key = os.environ.get("OPENAI_API_KEY", "")
modelred_api_key = os.environ.get("MODELRED_API_KEY", "")

if not openai_api_key:
    sys.exit("OPENAI_API_KEY is empty; configure the CI secret")
if not modelred_api_key.startswith("mr_"):
    print(f"MODELRED_API_KEY does not start with mr_: {modelred_api_key}", file=sys.stderr)

job_variables = {
    "image": IMAGE,
    "env": {"OPENAI_API_KEY": openai_api_key, "MODELRED_API_KEY": modelred_api_key},
    "cpu_request": "500m",
    "memory_request": "1Gi",
}
print(f"work pool {WORK_POOL}, image {IMAGE}")
print(f"OPENAI_API_KEY length {len(openai_api_key)}")
print(f"job variables: {job_variables}")
print(f"env vars injected: {sorted(job_variables['env'])}")

DEPLOYMENTS = [
    ("flows/lead_classifier.py:lead_classifier", "lead-classifier", "*/15 * * * *"),
    ("flows/nightly.py:nightly_redteam", "nightly-redteam", "0 2 * * *"),
    ("flows/embed.py:embed_new_docs", "embed-new-docs", "0 * * * *"),
]

for entrypoint, name, cron in DEPLOYMENTS:
    source, fn = entrypoint.split(":")
    f = flow.from_source(source=".", entrypoint=entrypoint)
    f.deploy(
        name=name,
        work_pool_name=WORK_POOL,
        image=IMAGE,
        build=False,
        push=False,
        job_variables=job_variables,
        schedules=[CronSchedule(cron=cron, timezone="UTC")],
    )
    print(f"deployed {fn} as {name} ({cron})")

print("all deployments created", file=sys.stderr)
