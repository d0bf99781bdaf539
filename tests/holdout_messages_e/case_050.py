"""SageMaker and Bedrock registration for the generation-2 SDK, driven by a TOML file."""
import logging
import tomllib

from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("aws.register")

AWS_ACCESS_KEY_ID = "AKIAJSXOY4THE2BUFABE"
AWS_SECRET_ACCESS_KEY = "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"


class AwsRegistrationError(RuntimeError):
    pass


def load(path: str = "aws_models.toml") -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def register(client: ModelRed, path: str = "aws_models.toml") -> None:
    conf = load(path)
    creds = {
        "access_key_id": AWS_ACCESS_KEY_ID,
        "secret_access_key": AWS_SECRET_ACCESS_KEY,
        "region": conf.get("region", "us-east-1"),
    }
    log.info("registering %d AWS models in %s", len(conf["models"]), creds["region"])
    for model in conf["models"]:
        cfg = ProviderConfig.bedrock(model_name=model["name"], **creds)
        try:
            client.create_model(modelId=model["id"], provider="bedrock", displayName=model["id"], providerConfig=cfg)
        except ModelRedError as e:
            msg = f"bedrock model {model['id']} failed with credentials {creds}"
            raise AwsRegistrationError(msg) from e
    log.info("access key id %s...%s", AWS_ACCESS_KEY_ID[:4], AWS_ACCESS_KEY_ID[-4:])


def check() -> None:
    if len(AWS_SECRET_ACCESS_KEY) != 40:
        raise AwsRegistrationError(
            "AWS secret access key has %d characters, expected 40: %s"
            % (len(AWS_SECRET_ACCESS_KEY), AWS_SECRET_ACCESS_KEY)
        )
