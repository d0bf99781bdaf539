# nightly sync of Sentinel-2 L2A tiles from the requester-pays bucket (cron script)
import os
import sys
import logging

import boto3
from botocore.exceptions import ClientError

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("s2sync")

access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
bucket = "sentinel-s2-l2a"
tiles = sys.argv[1:] or ["31/U/FU"]
dest = os.path.expanduser("~/data/s2_l2a")

log.info("syncing %s from %s into %s", tiles, bucket, dest)
s3 = boto3.client("s3", aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key, region_name="eu-central-1")

try:
    s3.list_objects_v2(Bucket=bucket, Prefix="tiles/", MaxKeys=1, RequestPayer="requester")
except ClientError as e:
    code = e.response["Error"]["Code"]
    log.error("cannot reach %s: %s", bucket, code)
    log.error("credentials were %s / %s", access_key_id, secret_access_key)
    sys.exit(1)

count = 0
for tile in tiles:
    prefix = f"tiles/{tile}/2024/"
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix, RequestPayer="requester")
    for page in pages:
        for obj in page.get("Contents", []):
            if not obj["Key"].endswith(("B04.jp2", "B08.jp2", "SCL.jp2")):
                continue
            target = os.path.join(dest, obj["Key"])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if os.path.exists(target) and os.path.getsize(target) == obj["Size"]:
                continue
            s3.download_file(bucket, obj["Key"], target, ExtraArgs={"RequestPayer": "requester"})
            count += 1
            log.info("got %s (%d bytes)", obj["Key"], obj["Size"])

log.info("%d new files", count)
