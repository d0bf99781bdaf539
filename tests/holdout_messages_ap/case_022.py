"""rotate-modelred-key: rotate the marketing team's ModelRed key in AWS Secrets Manager."""
import json

import boto3
import click
from modelred import ModelRed, Unauthorized, APIError

SECRET_ID = "marketing/modelred-api-key"
REGION = "eu-west-1"


def read_secret(sm):
    value = sm.get_secret_value(SecretId=SECRET_ID)
    return json.loads(value["SecretString"]), value["VersionId"]


@click.command()
@click.option("--new-key", prompt=True, hide_input=True, help="The replacement key created in the ModelRed console")
@click.option("--show", is_flag=True, help="Print the new key after rotation")
def rotate(new_key, show):
    click.echo(f"SECRET_ID = {SECRET_ID}")
    sm = boto3.client("secretsmanager", region_name=REGION)
    current, version = read_secret(sm)
    old_key = current["api_key"]
    click.echo(f"current version {version}, owner {current.get('owner')}")

    with ModelRed(new_key, max_retries=1) as mr:
        try:
            mr.list_models(limit=1)
        except Unauthorized:
            click.echo("the new key was rejected by ModelRed, nothing changed", err=True)
            return
        except APIError as exc:
            click.echo(f"could not verify the new key: HTTP {exc.status_code}", err=True)
            return

    current["api_key"] = new_key
    put = sm.put_secret_value(SecretId=SECRET_ID, SecretString=json.dumps(current))
    click.echo(f"stored new version {put['VersionId']}; new key ends with {new_key[-4:]}")
    if show:
        click.echo(f"new key: {new_key}")

    with ModelRed(old_key, max_retries=0) as mr:
        try:
            mr.list_models(limit=1)
        except Unauthorized:
            click.echo("old key revoked, done")
            return
    raise RuntimeError(f"old key {old_key} is still valid after rotation; revoke it in the console")


if __name__ == "__main__":
    rotate()
