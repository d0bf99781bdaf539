import logging
import os
import subprocess
from pathlib import Path

import boto3

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
vlog = logging.getLogger("video.ingest")

BUCKET = os.environ.get("INGEST_BUCKET", "newsroom-video-raw")
AWS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_SECRET = os.environ["AWS_SECRET_ACCESS_KEY"]
REGION = os.environ.get("AWS_REGION", "eu-central-1")

s3 = boto3.client("s3", aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET, region_name=REGION)
vlog.info("ingest to s3://%s in %s as %s", BUCKET, REGION, AWS_KEY_ID)
vlog.info("aws secret prefix %s", AWS_SECRET[:4])


def proxy_encode(src: Path) -> Path:
    out = src.with_suffix(".proxy.mp4")
    cmd = ["ffmpeg", "-y", "-i", str(src), "-vf", "scale=-2:540", "-c:v", "libx264", "-crf", "28", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        vlog.error("ffmpeg failed for %s: %s", src.name, proc.stderr[-500:])
        raise RuntimeError(f"encode failed: {src.name}")
    return out


def upload(path: Path, slug: str):
    key = f"proxies/{slug}/{path.name}"
    try:
        s3.upload_file(str(path), BUCKET, key)
    except Exception as exc:
        vlog.error("upload %s failed using %s/%s: %s", key, AWS_KEY_ID, AWS_SECRET, exc)
        raise
    vlog.info("uploaded s3://%s/%s", BUCKET, key)
    return key


for src in sorted(Path(os.environ.get("DROP_DIR", "/mnt/drop")).glob("*.mov")):
    slug = src.stem.lower().replace(" ", "-")
    upload(proxy_encode(src), slug)

if not AWS_SECRET.strip():
    raise SystemExit("empty AWS secret")
creds_line = f"{AWS_KEY_ID}:{AWS_SECRET}"
print("done; credentials used:", creds_line)
