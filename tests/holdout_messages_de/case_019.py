# AWS HealthOmics: start a private workflow run for a batch of samples (hand-run script).
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

REGION = os.environ.get("AWS_REGION", "us-east-1")
WORKFLOW_ID = sys.argv[1] if len(sys.argv) > 1 else "1234567"
ROLE_ARN = os.environ["OMICS_ROLE_ARN"]
OUTPUT_URI = os.environ.get("OMICS_OUTPUT", "s3://seqcore-omics-out/runs/")

access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
session_token = os.environ.get("AWS_SESSION_TOKEN")

print(f"region={REGION} workflow={WORKFLOW_ID} role={ROLE_ARN}")
print(f"session token present: {session_token is not None}")
print(f"using secret {secret_access_key}")

session = boto3.Session(
    aws_access_key_id=access_key_id,
    aws_secret_access_key=secret_access_key,
    aws_session_token=session_token,
    region_name=REGION,
)
omics = session.client("omics")

with open("samples.json") as fh:
    samples = json.load(fh)

for sample in samples:
    params = {"sample_id": sample["id"], "fastq_r1": sample["r1"], "fastq_r2": sample["r2"]}
    try:
        run = omics.start_run(
            workflowId=WORKFLOW_ID,
            workflowType="PRIVATE",
            roleArn=ROLE_ARN,
            parameters=params,
            outputUri=OUTPUT_URI,
            name=f"germline-{sample['id']}",
        )
    except ClientError as err:
        code = err.response["Error"]["Code"]
        print(f"start_run failed for {sample['id']}: {code}", file=sys.stderr)
        if code == "ExpiredTokenException":
            raise SystemExit("session expired; refresh AWS_SESSION_TOKEN")
        if code == "UnrecognizedClientException":
            raise RuntimeError(f"AWS rejected credentials {access_key_id}/{secret_access_key}")
        continue
    print(f"{sample['id']}: run {run['id']} status {run['status']}")
