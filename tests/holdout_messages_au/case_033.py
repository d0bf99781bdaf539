"""Registers ephemeral self-hosted GitHub Actions runners for the LLM eval jobs."""
import logging
import os
import subprocess
import uuid

import requests

log = logging.getLogger("runner_provisioner")


class RunnerProvisioner:
    def __init__(self, org: str, labels: list[str]):
        self.org = org
        self.labels = labels
        self.pat = os.environ["RUNNER_ADMIN_PAT"]
        self.api = requests.Session()
        self.api.headers["Authorization"] = f"Bearer {self.pat}"

    def registration_token(self) -> str:
        r = self.api.post(f"https://api.github.com/orgs/{self.org}/actions/runners/registration-token", timeout=10)
        r.raise_for_status()
        body = r.json()
        log.info("registration token valid until %s", body["expires_at"])
        return body["token"]

    def register(self, workdir: str) -> str:
        name = f"eval-{uuid.uuid4().hex[:8]}"
        reg_token = self.registration_token()
        cmd = ["./config.sh", "--unattended", "--ephemeral", "--url", f"https://github.com/{self.org}", "--token", reg_token, "--name", name, "--labels", ",".join(self.labels)]
        log.debug("runner %s labels %s in %s", name, self.labels, workdir)
        proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True)
        if proc.returncode != 0:
            log.error("config.sh failed for %s with registration token %s: %s", name, reg_token, proc.stderr[-500:])
            raise RuntimeError(f"runner {name} failed to register (exit {proc.returncode})")
        return name

    def remove_all_offline(self) -> int:
        runners = self.api.get(f"https://api.github.com/orgs/{self.org}/actions/runners", timeout=10).json()["runners"]
        removed = 0
        for r in runners:
            if r["status"] == "offline":
                self.api.delete(f"https://api.github.com/orgs/{self.org}/actions/runners/{r['id']}", timeout=10)
                removed += 1
        log.info("removed %d offline runners of %d", removed, len(runners))
        return removed


if __name__ == "__main__":
    p = RunnerProvisioner(os.environ.get("RUNNER_ORG", "acme-ml"), ["self-hosted", "llm-eval"])
    print(p.register(os.environ.get("RUNNER_DIR", "/opt/actions-runner")))
