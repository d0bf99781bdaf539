"""GitLab CI job: check the LLM gateway token before the deploy stage."""

import os
import sys

import requests

API = os.environ.get("CI_API_V4_URL", "https://gitlab.example.com/api/v4")
GATEWAY = os.environ.get("GATEWAY_URL", "https://llm-gw.internal")


def gitlab_variable(name: str) -> str:
    project = os.environ["CI_PROJECT_ID"]
    headers = {"PRIVATE-TOKEN": os.environ["GITLAB_ADMIN_TOKEN"]}
    resp = requests.get(f"{API}/projects/{project}/variables/{name}", headers=headers, timeout=10)
    if resp.status_code == 404:
        raise SystemExit(f"CI variable {name} not found in project {project}")
    resp.raise_for_status()
    return resp.json()["value"]


def check_gateway(token: str) -> None:
    headers = {"Authorization": f"Bearer {token}", "X-Client": "gitlab-ci"}
    resp = requests.get(f"{GATEWAY}/v1/models", headers=headers, timeout=10)
    print(f"gateway answered {resp.status_code} in {resp.elapsed.total_seconds():.2f}s")
    if resp.status_code == 401:
        print(f"rejected request headers: {headers}")
        sys.exit(1)
    models = [m["id"] for m in resp.json()["data"]]
    print(f"models available: {', '.join(models)}")


def main():
    token = os.environ.get("GATEWAY_TOKEN") or gitlab_variable("GATEWAY_TOKEN")
    print(f"job {os.environ.get('CI_JOB_ID')} on {os.environ.get('CI_COMMIT_REF_NAME')}")
    if not token:
        raise SystemExit(f"GATEWAY_TOKEN is empty ({token!r})")
    if os.environ.get("CI_DEBUG_TRACE") == "true":
        print(f"GATEWAY_TOKEN={token}")
    check_gateway(token)
    print("gateway token OK, sha256 prefix", __import__("hashlib").sha256(token.encode()).hexdigest()[:12])


if __name__ == "__main__":
    main()
