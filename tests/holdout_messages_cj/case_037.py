"""AWS Transcribe + Bedrock pipeline for broadcast clips, with SageMaker registration in ModelRed (gen 1)."""
import asyncio
import logging
import os

import boto3
from botocore.exceptions import ClientError
from modelred import ModelRed, ModelRedError, AuthorizationError

logger = logging.getLogger("broadcast")

REGION = os.getenv("AWS_REGION", "us-east-1")


def aws_creds() -> tuple[str, str]:
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    logger.info("AWS credentials loaded from the environment for %s", REGION)
    return access_key_id, secret_access_key


def start_transcription(job_name: str, media_uri: str) -> str:
    key_id, secret = aws_creds()
    tx = boto3.client("transcribe", region_name=REGION, aws_access_key_id=key_id, aws_secret_access_key=secret)
    try:
        tx.start_transcription_job(TranscriptionJobName=job_name, Media={"MediaFileUri": media_uri},
                                   IdentifyLanguage=True, OutputBucketName=os.environ["TRANSCRIPTS_BUCKET"])
    except ClientError as err:
        logger.error("Transcribe error %s", err.response["Error"]["Code"])
        raise RuntimeError(f"Transcribe failed for {key_id}/{secret}") from err
    logger.info("job %s submitted, secret configured: %s", job_name, bool(secret))
    return job_name


async def register_clip_model(endpoint: str) -> None:
    key_id, secret = aws_creds()
    try:
        async with ModelRed() as client:
            await client.register_sagemaker_model(model_id="clip-summariser", endpoint_name=endpoint, region=REGION,
                                                  aws_access_key_id=key_id, aws_secret_access_key=secret)
    except AuthorizationError as e:
        logger.error("not authorised to register: %s", type(e).__name__)
    except ModelRedError as e:
        raise RuntimeError(f"could not register clip model: {e}") from e


def debug_dump() -> None:
    key_id, secret = aws_creds()
    creds = {"aws_access_key_id": key_id, "aws_secret_access_key": secret, "region_name": REGION}
    logger.debug("boto credentials: %s", creds)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    start_transcription("clip-20260101-0600", "s3://broadcast-clips/0600.mp4")
    asyncio.run(register_clip_model("clip-summariser-ep"))
