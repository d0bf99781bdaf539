"""Virtual-staging image pipeline: Replicate + S3, driven from a YAML config."""
import logging
import os

import boto3
import replicate
import yaml

log = logging.getLogger("staging")

with open(os.environ.get("STAGING_CONFIG", "staging.yaml")) as fh:
    CONFIG = yaml.safe_load(fh)

REPLICATE_TOKEN = CONFIG["replicate"]["api_token"]
REPLICATE_MODEL = CONFIG["replicate"]["model"]
BUCKET = CONFIG["s3"]["bucket"]
log.info("config loaded: model=%s bucket=%s sections=%s", REPLICATE_MODEL, BUCKET, sorted(CONFIG))


def stage(photo_url: str, style: str = "modern farmhouse") -> str:
    client = replicate.Client(api_token=REPLICATE_TOKEN)
    try:
        out = client.run(REPLICATE_MODEL, input={"image": photo_url, "prompt": f"virtually staged living room, {style}"})
    except replicate.exceptions.ReplicateError as exc:
        log.error("replicate failed for %s: %s", photo_url, exc)
        raise
    return out[0] if isinstance(out, list) else str(out)


def upload(url: str, listing_id: str) -> str:
    import requests

    s3 = boto3.client("s3", aws_access_key_id=CONFIG["s3"]["access_key_id"], aws_secret_access_key=CONFIG["s3"]["secret_access_key"])
    body = requests.get(url, timeout=60).content
    key = f"staged/{listing_id}/{os.path.basename(url)}"
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ContentType="image/png")
    log.info("uploaded s3://%s/%s", BUCKET, key)
    return key


def main(listing_id: str, photos: list):
    if CONFIG.get("debug"):
        log.debug("s3 section %s", CONFIG["s3"])
    for p in photos:
        staged = stage(p)
        upload(staged, listing_id)
    log.info("staged %d photos for %s", len(photos), listing_id)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    print("replicate token:", REPLICATE_TOKEN)
    main(sys.argv[1], sys.argv[2:])
