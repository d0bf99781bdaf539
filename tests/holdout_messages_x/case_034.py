"""Azure DevOps step: fetch an Entra token with the az CLI and call Azure OpenAI."""

import json
import os
import subprocess
import sys

import requests

RESOURCE = "https://cognitiveservices.azure.com"


def az_token() -> dict:
    out = subprocess.run(
        ["az", "account", "get-access-token", "--resource", RESOURCE, "-o", "json"],
        capture_output=True, text=True,
    )
    if out.returncode != 0:
        raise RuntimeError(f"az exited {out.returncode}: {out.stderr.strip()[:300]}")
    return json.loads(out.stdout)


def chat(endpoint: str, deployment: str, token: dict, prompt: str) -> str:
    url = f"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-06-01"
    headers = {"Authorization": f"Bearer {token['accessToken']}", "Content-Type": "application/json"}
    resp = requests.post(url, headers=headers, json={"messages": [{"role": "user", "content": prompt}]}, timeout=60)
    if resp.status_code == 401:
        raise PermissionError(f"token {token['accessToken']} rejected for {deployment}")
    if resp.status_code >= 400:
        raise RuntimeError(f"{deployment}: HTTP {resp.status_code} {resp.text[:200]}")
    return resp.json()["choices"][0]["message"]["content"]


def main() -> int:
    tok = az_token()
    print(f"##[debug]token for {tok['tenant']} expires {tok['expiresOn']} ({tok['tokenType']})")
    endpoint = os.environ["AOAI_ENDPOINT"].rstrip("/")
    deployment = os.environ.get("AOAI_DEPLOYMENT", "gpt-4o")
    print(f"##[section]calling {endpoint} / {deployment}")
    if os.environ.get("SYSTEM_DEBUG") == "true":
        print(f"##[debug]az token response: {tok}")
    answer = chat(endpoint, deployment, tok, "Summarise the release notes in one line.")
    print(answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
