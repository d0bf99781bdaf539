"""Blue/green deploy and rollback for the inference service on ECS."""

import logging
import os
import time

import boto3

log = logging.getLogger("deploy")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

CLUSTER = os.environ.get("ECS_CLUSTER", "llm-prod")
SERVICE = os.environ.get("ECS_SERVICE", "inference")


def task_definition(image: str, secrets_arn: str, db_url: str) -> dict:
    return {
        "family": "inference",
        "containerDefinitions": [{
            "name": "app",
            "image": image,
            "secrets": [{"name": "OPENAI_API_KEY", "valueFrom": secrets_arn}],
            "environment": [{"name": "DATABASE_URL", "value": db_url}],
        }],
    }


def deploy(image: str) -> str:
    ecs = boto3.client("ecs")
    secrets_arn = os.environ["OPENAI_SECRET_ARN"]
    db_url = os.environ["DATABASE_URL"]
    td = task_definition(image, secrets_arn, db_url)
    log.info("registering %s with key from %s", image, secrets_arn)
    log.debug("task definition %s", td)
    arn = ecs.register_task_definition(**td)["taskDefinition"]["taskDefinitionArn"]
    ecs.update_service(cluster=CLUSTER, service=SERVICE, taskDefinition=arn)
    log.info("service %s now on %s", SERVICE, arn)
    return arn


def wait_stable(timeout: int = 600) -> bool:
    ecs = boto3.client("ecs")
    deadline = time.time() + timeout
    while time.time() < deadline:
        svc = ecs.describe_services(cluster=CLUSTER, services=[SERVICE])["services"][0]
        if len(svc["deployments"]) == 1:
            return True
        time.sleep(15)
    return False


def rollback(previous_arn: str) -> None:
    boto3.client("ecs").update_service(cluster=CLUSTER, service=SERVICE, taskDefinition=previous_arn)
    log.warning("rolled back to %s", previous_arn)


def main():
    previous = os.environ["PREVIOUS_TASK_DEF"]
    deploy(os.environ["IMAGE"])
    if not wait_stable():
        rollback(previous)
        raise RuntimeError(f"deploy failed; database was {os.environ['DATABASE_URL']}")


if __name__ == "__main__":
    main()
