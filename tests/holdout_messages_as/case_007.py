import logging
import os
from dataclasses import dataclass, field

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("video.captions")


@dataclass
class CaptionModelSpec:
    model_id: str
    region: str
    endpoint_name: str
    access_key_id: str
    secret_access_key: str = field(repr=False)


def load_spec():
    session = boto3.Session()
    creds = session.get_credentials().get_frozen_credentials()
    spec = CaptionModelSpec(
        model_id="video-captioner-v3",
        region=session.region_name or "eu-west-1",
        endpoint_name="captioner-prod",
        access_key_id=creds.access_key,
        secret_access_key=creds.secret_key,
    )
    log.info("caption spec %r", spec)
    return spec


async def register(spec):
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.register_sagemaker_model(
                model_id=spec.model_id,
                endpoint_name=spec.endpoint_name,
                region=spec.region,
                aws_access_key_id=spec.access_key_id,
                aws_secret_access_key=spec.secret_access_key,
            )
        except ConflictError:
            log.info("model %s already registered in %s", spec.model_id, spec.region)
        except ModelRedError as exc:
            log.error("register failed for %s (secret %s)", spec.access_key_id, spec.secret_access_key)
            raise RuntimeError(f"registration failed: {type(exc).__name__}") from exc


def describe(spec):
    print(f"endpoint={spec.endpoint_name} region={spec.region} key_id={spec.access_key_id[:4]}")
    if not spec.secret_access_key:
        raise ValueError(f"empty secret for endpoint {spec.endpoint_name}: {spec.secret_access_key!r}")
    return spec.endpoint_name


if __name__ == "__main__":
    import asyncio
    s = load_spec()
    describe(s)
    asyncio.run(register(s))
