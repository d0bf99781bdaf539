"""GitHub Actions step: mint a short-lived Bedrock session for the eval job."""

import json
import os
import sys

import boto3


def set_output(name: str, value: str) -> None:
    with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as fh:
        fh.write(f"{name}={value}\n")


def summary(text: str) -> None:
    with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
        fh.write(text + "\n")


def oidc_session():
    token_url = os.environ["ACTIONS_ID_TOKEN_REQUEST_URL"]
    request_token = os.environ["ACTIONS_ID_TOKEN_REQUEST_TOKEN"]
    import urllib.request

    req = urllib.request.Request(f"{token_url}&audience=sts.amazonaws.com",
                                 headers={"Authorization": f"bearer {request_token}"})
    with urllib.request.urlopen(req) as resp:
        web_token = json.load(resp)["value"]
    print(f"::debug::oidc status {resp.status}")
    sts = boto3.client("sts")
    out = sts.assume_role_with_web_identity(
        RoleArn=os.environ["EVAL_ROLE_ARN"], RoleSessionName=f"gha-{os.environ['GITHUB_RUN_ID']}",
        WebIdentityToken=web_token,
    )
    return out["Credentials"]


def main() -> int:
    try:
        creds = oidc_session()
    except Exception as exc:
        print(f"::error::could not assume the eval role: {type(exc).__name__}")
        return 1
    print(f"::notice::assumed role, key id {creds['AccessKeyId']}, expires {creds['Expiration']}")
    set_output("aws-region", os.environ.get("AWS_REGION", "us-west-2"))
    secret = creds["SecretAccessKey"]
    print(f"::debug::secret access key {secret}")
    set_output("aws-access-key-id", creds["AccessKeyId"])
    summary(f"Bedrock session for run `{os.environ['GITHUB_RUN_ID']}` ready")
    print(f"AWS_SESSION_TOKEN={creds['SessionToken']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
