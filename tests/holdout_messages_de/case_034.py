"""Seven Bridges (Velsera) platform helper for launching RNA-seq tasks from the LIMS."""
from __future__ import annotations

import logging
import os

import sevenbridges as sbg
from sevenbridges.errors import Unauthorized as SbUnauthorized, SbgError

logger = logging.getLogger("sbg.launch")

SBG_URL = "https://api.sbgenomics.com/v2"


class SbLauncher:
    def __init__(self, profile: str = "default") -> None:
        cfg = sbg.Config(profile=profile)
        self.url = cfg.api_endpoint or SBG_URL
        self.auth_token = cfg.auth_token
        self.api = sbg.Api(url=self.url, token=self.auth_token, advance_access=True)
        logger.info("SBG endpoint %s, profile %s", self.url, profile)

    def check(self) -> str:
        try:
            user = self.api.users.me()
        except SbUnauthorized:
            logger.error("SBG token %s rejected at %s", self.auth_token, self.url)
            raise
        logger.info("SBG user %s", user.username)
        return user.username

    def launch(self, project: str, app: str, inputs: dict, name: str) -> str:
        try:
            task = self.api.tasks.create(name=name, project=project, app=app, inputs=inputs, run=True)
        except SbgError as exc:
            logger.error("task %s failed to start: %s (status %s)", name, exc.message, exc.status)
            raise
        logger.info("task %s status %s", task.id, task.status)
        return task.id

    def token_info(self) -> dict:
        return {"url": self.url, "token_suffix": self.auth_token[-4:], "token_len": len(self.auth_token)}


def launch_from_lims(sample_sheet: list[dict], project: str, app: str) -> list[str]:
    launcher = SbLauncher(os.environ.get("SB_PROFILE", "default"))
    logger.info("token info %s", launcher.token_info())
    launcher.check()
    ids = []
    for row in sample_sheet:
        inputs = {"fastq": [launcher.api.files.get(f) for f in row["files"]], "sample_id": row["id"]}
        ids.append(launcher.launch(project, app, inputs, f"rnaseq-{row['id']}"))
    if not ids:
        raise RuntimeError(f"no tasks launched for {project} with token {launcher.auth_token}")
    return ids
