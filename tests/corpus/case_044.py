"""GitHub App + internal service credentials for the report publisher."""
import os
from dataclasses import dataclass

import requests

SIGNING_KEY = b"YWBmC1wDHiuYZSS8NqAVlek65htKcRENBLq41r2CxwW="
FTP_PASSWD = "MDtO5IRtEGs2qxvmHTxH"
BACKUP_CREDENTIAL = "dYPPMbF5EP6Bk3xl8W6rwKwowWAJ"


class GitHubApp:
    def __init__(self):
        self.app_id = 412337
        self.client_id = "Iv1.3b55824ee2782796"
        self.client_secret = "2f7b7c683c94e9681651243da2297d1108239be6"
        self.private_key_path = "/etc/github-app/private-key.pem"
        self.webhook_secret = os.environ["GH_WEBHOOK_SECRET"]


@dataclass
class ServiceAuth:
    username: str = "svc-reports"
    private_key: str = "xs5f67W6squLCUiD0UXWCntTyqzM9R1bEq7H2akPlTT3"
    key_fingerprint: str = "SHA256:dq/kyUifBH66GfvgulKLgGBEmZCsYV2dE+CadeXvq82"
    auth_url: str = "https://sso.internal.example.com/auth"


def default_headers(auth_token: str = "hlc9LCVuGsXTp4t6VWH5wwqBjRDE3mVi") -> dict:
    return {"Authorization": f"token {auth_token}", "Accept": "application/vnd.github+json"}


def publish(report_path: str, repo: str = "acme/redteam-reports") -> int:
    with open(report_path, "rb") as fh:
        r = requests.put(
            f"https://api.github.com/repos/{repo}/contents/{os.path.basename(report_path)}",
            headers=default_headers(os.environ.get("GITHUB_TOKEN", "")),
            json={"message": "nightly report", "content": fh.read().hex()},
            timeout=30,
        )
    return r.status_code
