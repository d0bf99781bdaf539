"""Register SageMaker endpoints with ModelRed (generation 1) using AWS keys from a Secret."""
import asyncio
import base64
import logging

from kubernetes import client, config
from modelred import AuthenticationError, ModelRed, ValidationError

logger = logging.getLogger("sagemaker-register")


def aws_creds(namespace="ml", name="aws-sagemaker"):
    data = client.CoreV1Api().read_namespaced_secret(name, namespace).data
    decode = lambda k: base64.b64decode(data[k]).decode()
    return decode("AWS_ACCESS_KEY_ID"), decode("AWS_SECRET_ACCESS_KEY"), decode("AWS_REGION")


async def register(model_id, endpoint_name):
    akid, aws_secret, region = aws_creds()
    logger.info("registering %s -> %s in %s as %s", model_id, endpoint_name, region, akid)
    logger.debug("registering with secret %s", aws_secret)
    try:
        async with ModelRed() as mr:
            await mr.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=endpoint_name,
                region=region,
                aws_access_key_id=akid,
                aws_secret_access_key=aws_secret,
            )
    except AuthenticationError as e:
        logger.error("auth failed: %s", type(e).__name__)
        return {"registered": False, "error": "authentication failed"}
    except ValidationError as e:
        return {"registered": False, "error": f"{e}"}
    return {"registered": True, "model_id": model_id}


async def main():
    config.load_incluster_config()
    endpoints = client.CustomObjectsApi().list_namespaced_custom_object(
        "sagemaker.services.k8s.aws", "v1alpha1", "ml", "endpoints"
    )["items"]
    for ep in endpoints:
        name = ep["metadata"]["name"]
        result = await register(f"sm-{name}", ep["spec"]["endpointName"])
        logger.info("%s: %s", name, result)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
