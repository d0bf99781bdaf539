"""Podcast show-notes generator: Transistor.fm API + OpenAI; CLI with click."""
import click
import httpx
from openai import OpenAI

TRANSISTOR = "https://api.transistor.fm/v1"


def transistor(api_key: str) -> httpx.Client:
    return httpx.Client(base_url=TRANSISTOR, headers={"x-api-key": api_key}, timeout=20)


@click.group()
@click.option("--transistor-key", envvar="TRANSISTOR_API_KEY", required=True)
@click.option("--openai-key", envvar="OPENAI_API_KEY", required=True)
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, transistor_key, openai_key, verbose):
    ctx.obj = {"tr": transistor(transistor_key), "llm": OpenAI(api_key=openai_key), "verbose": verbose}
    if verbose:
        click.echo(f"transistor key: {transistor_key}", err=True)
        click.echo(f"openai key: ...{openai_key[-4:]}", err=True)


@cli.command()
@click.argument("show_id")
@click.pass_obj
def episodes(obj, show_id):
    r = obj["tr"].get("/episodes", params={"show_id": show_id})
    if r.status_code != 200:
        raise click.ClickException(f"transistor returned {r.status_code}: {r.text[:200]}")
    for ep in r.json()["data"]:
        click.echo(f'{ep["id"]}  {ep["attributes"]["title"]}')


@cli.command()
@click.argument("episode_id")
@click.pass_obj
def notes(obj, episode_id):
    ep = obj["tr"].get(f"/episodes/{episode_id}").json()["data"]["attributes"]
    transcript = ep.get("transcript_url") or ""
    out = obj["llm"].chat.completions.create(
        model="gpt-4o", max_tokens=900,
        messages=[{"role": "user", "content": f"Show notes with chapters for '{ep['title']}'. Transcript: {transcript}"}],
    )
    click.echo(out.choices[0].message.content)
    if obj["verbose"]:
        click.echo(f"usage: {out.usage.total_tokens} tokens", err=True)
        click.echo(f"transistor headers: {obj['tr'].headers}", err=True)


if __name__ == "__main__":
    cli()
