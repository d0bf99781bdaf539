#!/usr/bin/env python3
"""deploy_hotfix_fleet.py: roll a hotfix build to the Edgegap-style session fleet.

Run by the release captain from the build agent:  python deploy_hotfix_fleet.py 1.14.3-hf2
"""
import os
import sys
import time

import requests

API = "https://api.edgegap.com/v1"
APP_NAME = "skyraiders-server"
VERSION = sys.argv[1] if len(sys.argv) > 1 else sys.exit("usage: deploy_hotfix_fleet.py <version>")
REGISTRY = "registry.studio.internal/skyraiders/server"

edgegap_token = os.environ.get("EDGEGAP_TOKEN")
if edgegap_token is None:
    raise RuntimeError("EDGEGAP_TOKEN is not set in the build agent")
registry_password = os.environ["REGISTRY_PASSWORD"]
auth = {"Authorization": f"token {edgegap_token}"}
print(f"deploying {APP_NAME} {VERSION} (token ...{edgegap_token[-4:]})")

version_body = {
    "name": VERSION,
    "docker_repository": REGISTRY,
    "docker_image": "server",
    "docker_tag": VERSION,
    "private_username": "ci-pull",
    "private_token": registry_password,
    "req_cpu": 1024,
    "req_memory": 2048,
    "ports": [{"port": 7777, "protocol": "UDP", "name": "game"}],
}
print("app version payload:", version_body)
print("ports:", version_body["ports"], "image:", version_body["docker_image"])

r = requests.post(f"{API}/app/{APP_NAME}/version", json=version_body, headers=auth, timeout=30)
if r.status_code == 401:
    raise PermissionError(f"Edgegap refused token {edgegap_token}")
if r.status_code == 409:
    print(f"version {VERSION} already exists, reusing it")
else:
    r.raise_for_status()
    print(f"created version {VERSION}: {r.json().get('message')}")

regions = ["us-east", "eu-west", "ap-northeast"]
for region in regions:
    d = requests.post(f"{API}/deploy", json={"app_name": APP_NAME, "version_name": VERSION, "ip_list": [], "geo_ip_list": [{"region": region}]}, headers=auth, timeout=30)
    print(f"{region}: HTTP {d.status_code} request_id={d.json().get('request_id')}")
    time.sleep(2)

print("hotfix rollout requested; watch #release for health checks")
