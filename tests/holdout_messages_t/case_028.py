"""Typer CLI that rotates a tenant's ModelRed key (generation 2 client)."""
import logging
import os

import typer
from modelred import ConflictError, ModelRedClient, ModelRedError

app = typer.Typer()
log = logging.getLogger("rotate")

ADMIN_KEY_ENV = "MODELRED_ADMIN_KEY"


def admin_client() -> ModelRedClient:
    admin_key = os.environ.get(ADMIN_KEY_ENV)
    if admin_key is None:
        raise typer.BadParameter(f"set {ADMIN_KEY_ENV}")
    return ModelRedClient(api_key=admin_key)


@app.command()
def rotate(tenant: str, old_key: str = typer.Option(..., prompt=True, hide_input=True)):
    client = admin_client()
    log.info("rotating for %s, old key %s...%s", tenant, old_key[:4], old_key[-4:])
    try:
        client.create_model(modelId=f"{tenant}-canary", provider="openai", displayName="canary",
                            providerConfig={"api_key": old_key, "model_name": "gpt-4o-mini"})
    except ConflictError:
        log.info("canary model already exists for %s", tenant)
    except ModelRedError as e:
        raise typer.BadParameter(f"old key {old_key} could not be verified: {type(e).__name__}")
    typer.echo(f"rotated {tenant}; old key length {len(old_key)}")


@app.command()
def show_env(verbose: bool = False):
    names = sorted(k for k in os.environ if k.startswith("MODELRED_"))
    typer.echo(f"ModelRed variables: {names}")
    if verbose:
        for k in names:
            log.debug("%s=%s", k, os.environ[k])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    app()
