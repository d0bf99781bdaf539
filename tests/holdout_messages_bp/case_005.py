"""SageMaker HuggingFace training job with an OpenAI judge for evaluation."""
import logging
import os

import boto3
import sagemaker
from sagemaker.huggingface import HuggingFace

LOG = logging.getLogger("sm-train")
ROLE_ARN = "arn:aws:iam::123456789012:role/SageMakerExecution"
SECRET_ID = "ml/prod/judge-openai"


def judge_key() -> str:
    sm = boto3.client("secretsmanager")
    resp = sm.get_secret_value(SecretId=SECRET_ID)
    LOG.info("fetched secret %s version %s", SECRET_ID, resp["VersionId"])
    return resp["SecretString"]


def build_estimator(hf_token: str, judge: str) -> HuggingFace:
    env = {
        "HF_TOKEN": hf_token,
        "OPENAI_API_KEY": judge,
        "MODEL_ID": "mistralai/Mistral-7B-v0.3",
        "MAX_NEW_TOKENS": "256",
    }
    LOG.info("container env keys: %s", sorted(env))
    LOG.debug("container env: %s", env)
    return HuggingFace(
        entry_point="train.py",
        source_dir="scripts",
        instance_type="ml.g5.2xlarge",
        instance_count=1,
        role=ROLE_ARN,
        transformers_version="4.36",
        pytorch_version="2.1",
        py_version="py310",
        environment=env,
        hyperparameters={"epochs": 2, "max_tokens": 1024},
    )


def main():
    session = sagemaker.Session()
    creds = boto3.Session().get_credentials()
    LOG.info("aws access key id %s...", creds.access_key[:4])
    LOG.info("aws secret access key: %s", creds.secret_key)
    est = build_estimator(os.environ["HF_TOKEN"], judge_key())
    est.fit({"train": f"s3://{session.default_bucket()}/sft/train"}, wait=False)
    LOG.info("launched %s", est.latest_training_job.name)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
