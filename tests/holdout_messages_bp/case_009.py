"""Vertex AI custom training job submission with a Gemini eval key."""
import logging
import os

from google.cloud import aiplatform, secretmanager

logger = logging.getLogger(__name__)

PROJECT = os.environ.get("GCP_PROJECT", "acme-ml")
REGION = "us-central1"
GEMINI_SECRET = f"projects/{PROJECT}/secrets/gemini-api-key/versions/latest"


def read_gemini_key() -> str:
    client = secretmanager.SecretManagerServiceClient()
    payload = client.access_secret_version(name=GEMINI_SECRET).payload.data.decode()
    logger.info("read secret %s", GEMINI_SECRET)
    return payload


class VertexJobLauncher:
    def __init__(self, staging_bucket: str):
        aiplatform.init(project=PROJECT, location=REGION, staging_bucket=staging_bucket)
        self.google_api_key = read_gemini_key()
        self.staging_bucket = staging_bucket

    def launch(self, display_name: str, image: str, args: list[str]):
        env = [{"name": "GOOGLE_API_KEY", "value": self.google_api_key},
               {"name": "EVAL_MAX_TOKENS", "value": "512"}]
        worker_pool = [{
            "machine_spec": {"machine_type": "a2-highgpu-1g", "accelerator_type": "NVIDIA_TESLA_A100",
                             "accelerator_count": 1},
            "replica_count": 1,
            "container_spec": {"image_uri": image, "args": args, "env": env},
        }]
        logger.info("submitting %s to %s with image %s", display_name, REGION, image)
        logger.debug("worker pool spec: %s", worker_pool)
        job = aiplatform.CustomJob(display_name=display_name, worker_pool_specs=worker_pool)
        job.run(sync=False)
        logger.info("job resource %s", job.resource_name)
        return job

    def check_key(self):
        if not self.google_api_key.startswith("AIza"):
            raise ValueError("gemini key from %s is malformed: %s" % (GEMINI_SECRET, self.google_api_key))
        logger.info("gemini key ok (len=%d)", len(self.google_api_key))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    launcher = VertexJobLauncher("gs://acme-ml-staging")
    launcher.check_key()
    launcher.launch("sft-gemma", "us-docker.pkg.dev/acme-ml/train/sft:latest", ["--epochs", "2"])
