"""Ray Train job config builder for LLM fine-tuning on a shared cluster."""
import logging
import os
from dataclasses import dataclass, asdict

from ray.job_submission import JobSubmissionClient

logger = logging.getLogger("raytrain")


@dataclass
class RuntimeSecrets:
    hf_token: str
    wandb_api_key: str
    openai_api_key: str

    @classmethod
    def from_env(cls) -> "RuntimeSecrets":
        return cls(os.environ["HF_TOKEN"], os.environ["WANDB_API_KEY"], os.environ["OPENAI_API_KEY"])


def runtime_env(secrets: RuntimeSecrets, pip: list[str]) -> dict:
    return {
        "pip": pip,
        "working_dir": ".",
        "env_vars": {"HF_TOKEN": secrets.hf_token, "WANDB_API_KEY": secrets.wandb_api_key,
                     "OPENAI_API_KEY": secrets.openai_api_key, "MAX_TOKENS": "2048"},
    }


def submit(address: str, entrypoint: str) -> str:
    secrets = RuntimeSecrets.from_env()
    if not secrets.hf_token.startswith("hf_"):
        raise ValueError(f"HF_TOKEN is not a Hugging Face access token: {secrets.hf_token}")
    env = runtime_env(secrets, ["transformers==4.44.2", "trl==0.10.1", "wandb"])
    logger.info("submitting %r to %s with pip %s", entrypoint, address, env["pip"])
    logger.info("env var names: %s", list(env["env_vars"]))
    logger.debug("runtime secrets: %s", asdict(secrets))
    client = JobSubmissionClient(address)
    job_id = client.submit_job(entrypoint=entrypoint, runtime_env=env)
    logger.info("submitted %s", job_id)
    return job_id


def tail(address: str, job_id: str) -> None:
    client = JobSubmissionClient(address)
    status = client.get_job_status(job_id)
    logger.info("%s status %s", job_id, status)
    for line in client.get_job_logs(job_id).splitlines()[-20:]:
        logger.info("| %s", line)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    addr = os.environ.get("RAY_ADDRESS", "http://ray-head:8265")
    jid = submit(addr, "python train_sft.py --epochs 2")
    tail(addr, jid)
