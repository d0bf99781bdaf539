"""Bedrock custom model import + customization job, with boto3 clients built from a profile."""
import logging
import os

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("bedrock-ft")
PROFILE = os.environ.get("AWS_PROFILE", "ml-train")
ROLE = "arn:aws:iam::123456789012:role/BedrockCustomization"


def session_from_vault(vault_client, path: str = "aws/creds/bedrock-train") -> boto3.Session:
    lease = vault_client.secrets.aws.generate_credentials(name="bedrock-train")
    data = lease["data"]
    log.info("vault lease %s for %ss (path %s)", lease["lease_id"], lease["lease_duration"], path)
    log.debug("vault aws creds: %s", data)
    return boto3.Session(aws_access_key_id=data["access_key"], aws_secret_access_key=data["secret_key"],
                         aws_session_token=data.get("security_token"))


def start_customization(session: boto3.Session, job_name: str, base_model: str, train_s3: str) -> str:
    bedrock = session.client("bedrock", region_name="us-east-1")
    try:
        resp = bedrock.create_model_customization_job(
            jobName=job_name, customModelName=f"{job_name}-model", roleArn=ROLE,
            baseModelIdentifier=base_model, trainingDataConfig={"s3Uri": train_s3},
            outputDataConfig={"s3Uri": "s3://acme-bedrock-out/"},
            hyperParameters={"epochCount": "2", "batchSize": "8", "learningRate": "0.00001"},
        )
    except ClientError as err:
        code = err.response["Error"]["Code"]
        log.error("customization failed: %s", code)
        creds = session.get_credentials()
        if code == "UnrecognizedClientException":
            raise PermissionError(f"AWS rejected credentials {creds.access_key}/{creds.secret_key}") from err
        raise
    log.info("job arn %s", resp["jobArn"])
    return resp["jobArn"]


def status(session: boto3.Session, arn: str) -> str:
    job = session.client("bedrock").get_model_customization_job(jobIdentifier=arn)
    log.info("job %s: %s (output model %s)", job["jobName"], job["status"], job.get("outputModelName"))
    return job["status"]


if __name__ == "__main__":
    import hvac
    logging.basicConfig(level=logging.INFO)
    sess = session_from_vault(hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"]))
    arn = start_customization(sess, "support-titan", "amazon.titan-text-lite-v1", "s3://acme-data/train.jsonl")
    print(status(sess, arn))
