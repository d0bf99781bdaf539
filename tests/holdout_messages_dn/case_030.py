import os
import json
import time
import logging
import boto3

log = logging.getLogger(__name__)
logging.basicConfig(level=logging.INFO)

AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")
REGION = os.environ.get("AWS_REGION", "us-east-1")
MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"

log.info("region %s access key id %s", REGION, AWS_ACCESS_KEY_ID)
log.info("secret %s", AWS_SECRET_ACCESS_KEY)

br = boto3.client("bedrock-runtime", region_name=REGION, aws_access_key_id=AWS_ACCESS_KEY_ID,
                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY)


def do_call(prompt, max_tokens=300):
    body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": max_tokens,
                       "messages": [{"role": "user", "content": prompt}]})
    t = time.time()
    try:
        r = br.invoke_model(modelId=MODEL_ID, body=body)
    except Exception as e:
        log.error("bedrock failed: %s", e)
        return None
    out = json.loads(r["body"].read())
    log.info("took %.1fs, usage %s", time.time() - t, out.get("usage"))
    return out["content"][0]["text"]


def check_creds():
    if not AWS_SECRET_ACCESS_KEY:
        raise RuntimeError("AWS_SECRET_ACCESS_KEY missing")
    if len(AWS_SECRET_ACCESS_KEY) != 40:
        raise RuntimeError(f"secret key has wrong length: {AWS_SECRET_ACCESS_KEY}")


if __name__ == "__main__":
    check_creds()
    while True:
        q = input("ask bedrock: ")
        if not q:
            break
        print(do_call(q))
