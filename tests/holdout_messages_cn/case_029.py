"""Medallia Experience Cloud export poller: loguru, tenacity retries."""
import os

import requests
from loguru import logger
from tenacity import retry, stop_after_attempt, wait_exponential


class MedalliaExport:
    def __init__(self):
        self.client_id = os.environ["MEDALLIA_CLIENT_ID"]
        self.client_secret = os.environ["MEDALLIA_CLIENT_SECRET"]
        self.tenant = os.environ.get("MEDALLIA_TENANT", "acme")
        self._token: str | None = None

    def token(self) -> str:
        if self._token is None:
            r = requests.post(f"https://{self.tenant}.medallia.com/oauth/token",
                              auth=(self.client_id, self.client_secret),
                              data={"grant_type": "client_credentials"}, timeout=20)
            if r.status_code != 200:
                logger.error("token request for client {} failed: {}", self.client_id, r.status_code)
                logger.debug("client secret used: {}", self.client_secret)
                r.raise_for_status()
            self._token = r.json()["access_token"]
            logger.info("got token, scope {}", r.json().get("scope"))
        return self._token

    @retry(stop=stop_after_attempt(4), wait=wait_exponential(min=2, max=30))
    def poll(self, job_id: str) -> dict:
        r = requests.get(f"https://{self.tenant}.medallia.com/api/exports/{job_id}",
                         headers={"Authorization": f"Bearer {self.token()}"}, timeout=30)
        logger.info("export {} -> {}", job_id, r.status_code)
        r.raise_for_status()
        return r.json()

    def describe(self) -> str:
        return f"MedalliaExport(tenant={self.tenant}, client={self.client_id}, token_cached={self._token is not None})"


if __name__ == "__main__":
    exp = MedalliaExport()
    logger.info("{}", exp.describe())
    status = exp.poll(os.environ.get("EXPORT_JOB", "job-1"))
    logger.info("status {}", status.get("state"))
    logger.trace("bearer {}", exp.token())
