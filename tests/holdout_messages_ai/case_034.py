"""Copyleaks-style plagiarism scanner integration for essay submissions."""
import logging
import os
import uuid

import requests

pl_log = logging.getLogger("plagiarism")

LOGIN_URL = "https://id.copyleaks.com/v3/account/login/api"
SCAN_URL = "https://api.copyleaks.com/v3/scans/submit/file/{scan_id}"


class PlagiarismScanner:
    def __init__(self, email: str, api_key: str, webhook_base: str):
        self.email = email
        self.api_key = api_key
        self.webhook_base = webhook_base
        self._login = None

    def login(self) -> str:
        r = requests.post(LOGIN_URL, json={"email": self.email, "key": self.api_key}, timeout=20)
        if r.status_code != 200:
            pl_log.error("login failed for %s with key %s: %s", self.email, self.api_key, r.status_code)
            r.raise_for_status()
        self._login = r.json()
        pl_log.info("logged in as %s, token expires %s", self.email, self._login.get(".expires"))
        pl_log.debug("login payload %s", self._login)
        return self._login["access_token"]

    def submit(self, filename: str, b64_content: str, sandbox: bool = True) -> str:
        token = self.login() if not self._login else self._login["access_token"]
        scan_id = uuid.uuid4().hex[:20]
        body = {
            "base64": b64_content,
            "filename": filename,
            "properties": {"webhooks": {"status": f"{self.webhook_base}/{{STATUS}}/{scan_id}"}, "sandbox": sandbox, "aiGeneratedText": {"detect": True}},
        }
        r = requests.put(SCAN_URL.format(scan_id=scan_id), json=body, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        pl_log.info("submitted %s as scan %s -> HTTP %s", filename, scan_id, r.status_code)
        r.raise_for_status()
        return scan_id


def from_env() -> PlagiarismScanner:
    return PlagiarismScanner(
        os.environ["COPYLEAKS_EMAIL"],
        os.environ["COPYLEAKS_API_KEY"],
        os.environ.get("PLAGIARISM_WEBHOOK_BASE", "https://lms.example.edu/hooks/copyleaks"),
    )


if __name__ == "__main__":
    import base64
    import sys
    scanner = from_env()
    data = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
    print("scan id:", scanner.submit(os.path.basename(sys.argv[1]), data))
