"""Weights & Biases artifact sync for fine-tuned checkpoints."""
import logging
import os
import shutil
from pathlib import Path

import wandb
from wandb.errors import CommError

log = logging.getLogger("artifacts")


class ArtifactSync:
    def __init__(self, entity: str, project: str, api_key: str | None = None):
        self.entity = entity
        self.project = project
        self.api_key = api_key or os.environ["WANDB_API_KEY"]
        self.api = wandb.Api(api_key=self.api_key, overrides={"entity": entity, "project": project})
        log.info("artifact sync for %s/%s", entity, project)

    def upload(self, ckpt_dir: Path, alias: str = "latest") -> str:
        run = wandb.init(entity=self.entity, project=self.project, job_type="upload")
        art = wandb.Artifact(ckpt_dir.name, type="model", metadata={"max_tokens": 2048})
        art.add_dir(str(ckpt_dir))
        run.log_artifact(art, aliases=[alias])
        run.finish()
        log.info("uploaded %s as %s:%s", ckpt_dir, art.name, alias)
        return art.name

    def download(self, name: str, dest: Path) -> Path:
        try:
            art = self.api.artifact(f"{self.entity}/{self.project}/{name}")
        except CommError as err:
            log.error("artifact fetch failed: %s", err)
            raise LookupError(f"cannot fetch {name} from {self.entity}/{self.project} using key {self.api_key}") from err
        path = Path(art.download(root=str(dest)))
        log.info("downloaded %s (%d files) to %s", name, len(list(path.iterdir())), path)
        return path

    def prune(self, keep: int = 3):
        versions = sorted(self.api.artifacts("model", f"{self.entity}/{self.project}/ckpt"),
                          key=lambda a: a.created_at)
        for a in versions[:-keep]:
            log.info("deleting %s", a.name)
            a.delete()

    def __repr__(self) -> str:
        return f"ArtifactSync({self.entity}/{self.project})"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync = ArtifactSync("acme", "llm-sft")
    log.info("created %r", sync)
    sync.upload(Path("out/checkpoint-1000"))
    shutil.rmtree("tmp-dl", ignore_errors=True)
