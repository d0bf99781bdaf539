"""boto3 helper: assume the eval role and hand temporary credentials to subprocesses."""
import logging
import os
import subprocess

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("aws.creds")
ROLE_ARN = os.environ.get("EVAL_ROLE_ARN", "arn:aws:iam::123456789012:role/eval-runner")


def assume(session_name: str = "eval") -> dict:
    sts = boto3.client("sts")
    try:
        resp = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName=session_name, DurationSeconds=3600)
    except ClientError as err:
        code = err.response["Error"]["Code"]
        log.error("assume_role %s failed: %s (%s)", ROLE_ARN, code, err.response["ResponseMetadata"]["RequestId"])
        raise
    creds = resp["Credentials"]
    log.info("assumed %s as %s, expires %s", ROLE_ARN, creds["AccessKeyId"], creds["Expiration"])
    log.debug("temporary credentials: %s", creds)
    return creds


def child_env(creds: dict) -> dict:
    env = dict(os.environ)
    env.update(AWS_ACCESS_KEY_ID=creds["AccessKeyId"],
               AWS_SECRET_ACCESS_KEY=creds["SecretAccessKey"],
               AWS_SESSION_TOKEN=creds["SessionToken"])
    return env


def run_bedrock_eval(args: list[str]) -> int:
    creds = assume()
    env = child_env(creds)
    log.info("running %s with access key id %s", args, env["AWS_ACCESS_KEY_ID"])
    proc = subprocess.run(["python", "-m", "evals.bedrock", *args], env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("bedrock eval exited %d: %s", proc.returncode, proc.stderr[-400:])
        log.error("session token used: %s", creds["SessionToken"])
    return proc.returncode


if __name__ == "__main__":
    raise SystemExit(run_bedrock_eval(["--suite", "jailbreak"]))
