"""Build and push the model-server image with the Docker SDK, authenticating to ECR."""

import base64
import logging
import sys

import boto3
import docker

log = logging.getLogger("image-push")


def ecr_login(region: str) -> dict:
    ecr = boto3.client("ecr", region_name=region)
    data = ecr.get_authorization_token()["authorizationData"][0]
    user, password = base64.b64decode(data["authorizationToken"]).decode().split(":", 1)
    registry = data["proxyEndpoint"].removeprefix("https://")
    log.info("ECR token for %s valid until %s", registry, data["expiresAt"])
    return {"username": user, "password": password, "registry": registry}


def build(client: docker.DockerClient, tag: str, hf_token: str):
    image, logs = client.images.build(path=".", tag=tag, buildargs={"HF_TOKEN": hf_token}, rm=True)
    for chunk in logs:
        if "stream" in chunk:
            sys.stdout.write(chunk["stream"])
    log.info("built %s (%s)", tag, image.short_id)
    return image


def push(client: docker.DockerClient, auth: dict, repo: str, tag: str) -> None:
    result = client.login(username=auth["username"], password=auth["password"], registry=auth["registry"])
    log.info("docker login: %s", result.get("Status"))
    for line in client.images.push(repo, tag=tag, auth_config=auth, stream=True, decode=True):
        if "error" in line:
            raise RuntimeError(f"push to {repo}:{tag} failed with auth {auth}: {line['error']}")
        if "status" in line and line.get("id"):
            log.debug("%s %s", line["id"], line["status"])


def main(region: str = "us-east-1", repo: str = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model-server"):
    import os

    client = docker.from_env()
    hf_token = os.environ["HF_TOKEN"]
    tag = os.environ.get("GIT_SHA", "dev")[:12]
    log.info("build args: HF_TOKEN=%s", hf_token)
    build(client, f"{repo}:{tag}", hf_token)
    auth = ecr_login(region)
    log.info("logging in as %s to %s", auth["username"], auth["registry"])
    push(client, auth, repo, tag)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
