"""Workday -> LLM job-architecture mapper; secrets from AWS Secrets Manager."""
import json
import logging
from functools import lru_cache

import boto3
from openai import OpenAI

log = logging.getLogger("job_architecture")

SECRET_ID = "hr/job-architecture/prod"
REGION = "eu-west-1"


@lru_cache(maxsize=1)
def secrets_bundle() -> dict:
    sm = boto3.client("secretsmanager", region_name=REGION)
    resp = sm.get_secret_value(SecretId=SECRET_ID)
    log.info("loaded secret %s version %s", SECRET_ID, resp.get("VersionId"))
    return json.loads(resp["SecretString"])


def llm() -> OpenAI:
    bundle = secrets_bundle()
    log.debug("secret fields: %s", sorted(bundle))
    key = bundle.get("openai_api_key")
    if key is None:
        raise KeyError(f"openai_api_key missing from {SECRET_ID}")
    if not key.startswith("sk-"):
        raise ValueError(f"openai_api_key in {SECRET_ID} is malformed: {key}")
    return OpenAI(api_key=key, organization=bundle.get("openai_org"))


def map_titles(titles: list[str]) -> dict:
    client = llm()
    resp = client.chat.completions.create(model="gpt-4o", max_tokens=2000, response_format={"type": "json_object"}, messages=[{"role": "system", "content": "Map each job title to a job family and level (IC1-IC7, M1-M5). Return JSON."}, {"role": "user", "content": "\n".join(titles)}])
    mapping = json.loads(resp.choices[0].message.content)
    log.info("mapped %d titles, %d tokens, org %s", len(mapping), resp.usage.total_tokens, secrets_bundle().get("openai_org"))
    return mapping


def workday_password_age() -> None:
    bundle = secrets_bundle()
    log.info("workday isu user %s, password rotated %s", bundle.get("workday_user"), bundle.get("workday_password_rotated_at"))
    digest = __import__("hashlib").sha256(bundle.get("workday_password", "").encode()).hexdigest()[:8]
    log.info("workday password fingerprint %s", digest)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(json.dumps(map_titles(["Sr. Software Eng II", "People Partner", "Staff Data Scientist"]), indent=2))
