"""Hotfix train: triggers the Jenkins build + CDN purge for a live patch."""
import logging
import os
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("release.hotfix")


@dataclass
class JenkinsJob:
    base_url: str
    user: str
    api_token: str = field(repr=False)
    job: str = "skyraiders/hotfix-client"

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.api_token)

    def trigger(self, version: str, platforms: list[str]) -> int:
        url = f"{self.base_url}/job/{self.job.replace('/', '/job/')}/buildWithParameters"
        params = {"VERSION": version, "PLATFORMS": ",".join(platforms)}
        log.info("triggering %s with %s as %r", self.job, params, self)
        r = requests.post(url, params=params, auth=self.auth, timeout=20)
        if r.status_code == 401:
            log.error("jenkins auth failed for %s: %s", self.user, self.auth)
            raise PermissionError(f"jenkins rejected {self.user}")
        r.raise_for_status()
        queue_url = r.headers["Location"]
        log.info("queued at %s", queue_url)
        return int(queue_url.rstrip("/").rsplit("/", 1)[-1])


class CdnPurger:
    def __init__(self, zone_id: str, cf_token: str):
        self.zone_id = zone_id
        self.cf_token = cf_token

    def purge(self, prefixes: list[str]) -> None:
        r = requests.post(
            f"https://api.cloudflare.com/client/v4/zones/{self.zone_id}/purge_cache",
            headers={"Authorization": f"Bearer {self.cf_token}"},
            json={"prefixes": prefixes},
            timeout=20,
        )
        if r.status_code == 403:
            raise PermissionError(f"token {self.cf_token} cannot purge zone {self.zone_id}")
        log.info("purged %d prefixes in zone %s: %s", len(prefixes), self.zone_id, r.json().get("success"))


def run_train(version: str) -> None:
    jenkins = JenkinsJob(os.environ["JENKINS_URL"], os.environ["JENKINS_USER"], os.environ["JENKINS_API_TOKEN"])
    qid = jenkins.trigger(version, ["win64", "ps5", "xsx"])
    time.sleep(5)
    CdnPurger(os.environ["CF_ZONE_ID"], os.environ["CF_PURGE_TOKEN"]).purge([f"cdn.skyraiders.gg/patches/{version}/"])
    log.info("hotfix %s train started (jenkins queue %d)", version, qid)
