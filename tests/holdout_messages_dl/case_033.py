"""Generation-2 ModelRed `mrcli models add-bedrock` command (sync client, click)."""
import logging

import click
from modelred import ModelRedClient, ModelRedError, ProviderConfig

log = logging.getLogger("mrcli.bedrock")


@click.command("add-bedrock")
@click.argument("model_id")
@click.option("--region", default="us-east-1")
@click.option("--access-key-id", envvar="AWS_ACCESS_KEY_ID", required=True)
@click.option("--secret-access-key", envvar="AWS_SECRET_ACCESS_KEY", required=True)
@click.option("--session-token", envvar="AWS_SESSION_TOKEN", default=None)
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True)
@click.option("--dry-run", is_flag=True)
def add_bedrock(model_id, region, access_key_id, secret_access_key, session_token, api_key, dry_run):
    log.info("bedrock model %s in %s with access key id %s", model_id, region, access_key_id)
    if len(secret_access_key) != 40:
        raise click.BadParameter(f"secret access key {secret_access_key} should be 40 characters")
    cfg = ProviderConfig.bedrock(region=region, access_key_id=access_key_id,
                                 secret_access_key=secret_access_key, session_token=session_token)
    if dry_run:
        click.echo(f"would create {model_id} (session token: {'yes' if session_token else 'no'})")
        return
    client = ModelRedClient(api_key=api_key)
    try:
        client.create_model(modelId=model_id, provider="bedrock", displayName=model_id, providerConfig=cfg)
    except ModelRedError as e:
        log.error("create_model failed: %s", e)
        raise click.ClickException("could not register the model; see the log") from None
    click.echo(f"registered {model_id}")


def describe_credentials(session_token):
    if session_token is None:
        return "static credentials"
    log.debug("temporary credentials, session token %s", session_token)
    return "temporary credentials"


if __name__ == "__main__":
    add_bedrock()
