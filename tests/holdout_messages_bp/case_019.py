"""Azure OpenAI fine-tuning wrapper used by the training pipeline."""
import logging
import os

from openai import AzureOpenAI

logger = logging.getLogger("aoai-ft")
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://acme-ft.openai.azure.com")
API_VERSION = "2024-05-01-preview"
AZURE_KEY_ENV = "AZURE_OPENAI_API_KEY"


def client_from_env() -> AzureOpenAI:
    azure_key = os.getenv(AZURE_KEY_ENV)
    if not azure_key:
        raise RuntimeError(f"{AZURE_KEY_ENV} is not set")
    logger.info("endpoint=%s api_version=%s deployment=%s", AZURE_ENDPOINT, API_VERSION,
                os.getenv("AZURE_DEPLOYMENT"))
    logger.debug("azure key=%s", azure_key)
    if azure_key.startswith("sk-"):
        raise ValueError(f"{AZURE_KEY_ENV} holds an OpenAI platform key, not an Azure key: {azure_key}")
    return AzureOpenAI(api_key=azure_key, azure_endpoint=AZURE_ENDPOINT, api_version=API_VERSION)


def start_job(training_file: str, validation_file: str, base: str = "gpt-4o-mini") -> str:
    client = client_from_env()
    tf = client.files.create(file=open(training_file, "rb"), purpose="fine-tune")
    vf = client.files.create(file=open(validation_file, "rb"), purpose="fine-tune")
    job = client.fine_tuning.jobs.create(model=base, training_file=tf.id, validation_file=vf.id,
                                         seed=7)
    logger.info("job %s created, status %s", job.id, job.status)
    return job.id


def report(job_id: str) -> None:
    client = client_from_env()
    events = client.fine_tuning.jobs.list_events(fine_tuning_job_id=job_id, limit=20)
    for ev in reversed(events.data):
        logger.info("[%s] %s", ev.level, ev.message)
    job = client.fine_tuning.jobs.retrieve(job_id)
    logger.info("trained tokens: %s", job.trained_tokens)
    if job.status == "failed":
        logger.error("job failed: %s", job.error)


def main():
    import sys
    job = start_job(sys.argv[1], sys.argv[2])
    report(job)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
