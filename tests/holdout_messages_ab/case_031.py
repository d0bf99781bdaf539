"""`redteam` CLI: click commands around the eval harness."""
import json
import os

import click
import httpx

API = "https://api.mistral.ai/v1"


def _validate_key(ctx, param, value):
    if value is None:
        raise click.BadParameter(f"provide --api-key or set {param.envvar}")
    if not value.isalnum() or len(value) < 24:
        raise click.BadParameter(f"{value!r} is not a Mistral API key")
    return value


@click.group()
@click.option("--api-key", envvar="MISTRAL_API_KEY", callback=_validate_key, help="Mistral API key")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, api_key, verbose):
    ctx.obj = {"api_key": api_key, "verbose": verbose}
    if verbose:
        click.echo(f"using key …{api_key[-4:]} against {API}", err=True)


@cli.command()
@click.argument("suite", type=click.Path(exists=True))
@click.option("--model", default="mistral-large-latest")
@click.option("--max-tokens", default=200, show_default=True)
@click.pass_obj
def run(obj, suite, model, max_tokens):
    headers = {"Authorization": f"Bearer {obj['api_key']}"}
    if obj["verbose"]:
        click.echo(f"request headers: {headers}", err=True)
    passed = failed = 0
    with httpx.Client(base_url=API, headers=headers, timeout=60) as c, open(suite) as fh:
        for line in fh:
            case = json.loads(line)
            r = c.post("/chat/completions", json={"model": model, "max_tokens": max_tokens,
                                                  "messages": [{"role": "user", "content": case["prompt"]}]})
            if r.status_code != 200:
                click.echo(f"{case['id']}: HTTP {r.status_code}", err=True)
                failed += 1
                continue
            out = r.json()["choices"][0]["message"]["content"]
            ok = case["expect"].lower() in out.lower()
            passed += ok
            failed += not ok
    click.secho(f"{passed} passed, {failed} failed", fg="green" if not failed else "red")


@cli.command()
@click.pass_obj
def whoami(obj):
    r = httpx.get(f"{API}/models", headers={"Authorization": f"Bearer {obj['api_key']}"})
    click.echo(f"key accepted: {r.status_code == 200} ({len(r.json().get('data', []))} models)")


if __name__ == "__main__":
    cli()
