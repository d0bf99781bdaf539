"""Provision SageMaker endpoints as ModelRed targets (0.1.1x SDK), driven by a YAML inventory."""
import asyncio
import logging
import os

import yaml

from modelred import ModelRed, ModelRedError, ConflictError, AuthorizationError

log = logging.getLogger("provision.sagemaker")


def load_inventory(path: str) -> list[dict]:
    with open(path) as fh:
        return yaml.safe_load(fh)["endpoints"]


async def provision(entry: dict) -> str:
    kwargs = dict(
        model_id=entry["model_id"],
        endpoint_name=entry["endpoint"],
        region=entry.get("region", "us-east-1"),
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )
    log.info("provisioning %s -> %s in %s", kwargs["model_id"], kwargs["endpoint_name"], kwargs["region"])
    logging.debug("register_sagemaker_model kwargs: %s", kwargs)
    try:
        async with ModelRed() as client:
            await client.register_sagemaker_model(**kwargs)
    except ConflictError:
        return "exists"
    except AuthorizationError as e:
        log.error("not allowed to register %s: %s", entry["model_id"], type(e).__name__)
        return "forbidden"
    except ModelRedError as e:
        log.error("register %s failed: %s", entry["model_id"], e)
        return "error"
    return "created"


async def main(path: str) -> None:
    inventory = load_inventory(path)
    secret = os.environ.get("AWS_SECRET_ACCESS_KEY", "")
    if len(secret) != 40:
        raise SystemExit(f"AWS_SECRET_ACCESS_KEY has {len(secret)} characters, expected 40")
    log.info("using AWS key id %s", os.environ.get("AWS_ACCESS_KEY_ID"))
    results = await asyncio.gather(*(provision(e) for e in inventory))
    for entry, status in zip(inventory, results):
        print(f"{entry['model_id']:30} {status}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main(os.environ.get("INVENTORY", "inventory.yaml")))
