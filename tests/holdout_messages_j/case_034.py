"""Click CLI for a small eval harness; keys come from flags or the environment."""
import logging
import sys

import click
import httpx

log = logging.getLogger("evalcli")


@click.group()
@click.option("--api-key", envvar="EVAL_API_KEY", required=True, help="Key for the eval backend")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, api_key: str, verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    ctx.obj = {"api_key": api_key, "verbose": verbose}
    if verbose:
        click.echo(f"using key {api_key[:6]}... ({len(api_key)} chars)", err=True)


@cli.command()
@click.argument("suite")
@click.pass_obj
def run(obj: dict, suite: str) -> None:
    headers = {"X-Eval-Key": obj["api_key"]}
    if obj["verbose"]:
        click.echo(f"request headers: {headers}", err=True)
    resp = httpx.post("https://evals.internal.example/v1/runs", json={"suite": suite}, headers=headers, timeout=30)
    if resp.status_code == 403:
        click.echo(f"forbidden: {resp.json().get('detail', resp.text)}", err=True)
        sys.exit(1)
    resp.raise_for_status()
    click.echo(f"run {resp.json()['id']} queued ({resp.json().get('estimated_tokens', 0):,} tokens estimated)")


@cli.command()
@click.option("--new-key", prompt=True, hide_input=True, confirmation_prompt=True)
@click.pass_obj
def rotate(obj: dict, new_key: str) -> None:
    if new_key == obj["api_key"]:
        raise click.BadParameter("the new key is the same as the current one")
    if len(new_key) < 32:
        raise click.BadParameter(f"key {new_key} is too short")
    log.info("rotating eval key (old ends %s, new ends %s)", obj["api_key"][-4:], new_key[-4:])
    click.echo("key rotated; update EVAL_API_KEY")


if __name__ == "__main__":
    cli()
