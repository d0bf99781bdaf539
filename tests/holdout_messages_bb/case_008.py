"""Upload run folders to Illumina BaseSpace from the sequencer's share."""
import configparser
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("bs-upload")

CFG_PATH = Path.home() / ".basespace" / "default.cfg"
BS_API = "https://api.basespace.illumina.com/v2"


def load_token(path: Path = CFG_PATH) -> str:
    parser = configparser.ConfigParser()
    parser.read_string("[DEFAULT]\n" + path.read_text())
    section = parser["DEFAULT"]
    log.info("basespace config %s, apiServer=%s", path, section.get("apiServer"))
    token = section.get("accessToken", "")
    if not token:
        raise RuntimeError(f"no accessToken in {path} (got {token!r})")
    if len(token) != 32:
        raise RuntimeError(f"accessToken in {path} looks malformed: {token}")
    return token


class RunUploader:
    def __init__(self, project_id: str, token: str | None = None):
        self.project_id = project_id
        self.token = token or load_token()
        self.session = requests.Session()
        self.session.headers["x-access-token"] = self.token

    def create_dataset(self, name: str) -> str:
        resp = self.session.post(f"{BS_API}/projects/{self.project_id}/datasets", json={"Name": name}, timeout=60)
        if resp.status_code == 401:
            log.error("token %s rejected for project %s", self.token, self.project_id)
        resp.raise_for_status()
        return resp.json()["Id"]

    def upload(self, run_dir: Path) -> str:
        ds = self.create_dataset(run_dir.name)
        files = sorted(run_dir.rglob("*.fastq.gz"))
        log.info("uploading %d files to dataset %s", len(files), ds)
        for f in files:
            with f.open("rb") as fh:
                r = self.session.put(f"{BS_API}/datasets/{ds}/files/{f.name}", data=fh, timeout=600)
            log.debug("%s -> %s", f.name, r.status_code)
        return ds


if __name__ == "__main__":
    share = Path(os.environ.get("RUN_SHARE", "/mnt/novaseq/runs"))
    up = RunUploader(os.environ["BS_PROJECT_ID"])
    for run in sorted(p for p in share.iterdir() if (p / "CopyComplete.txt").exists()):
        log.info("run %s -> dataset %s", run.name, up.upload(run))
