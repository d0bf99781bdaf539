"""`redteam` CLI configured through dynaconf (settings.toml + .secrets.toml + env)."""
import logging
import sys

import click
from dynaconf import Dynaconf, Validator
from modelred import ModelRed, ModelRedError

log = logging.getLogger("redteam")

settings = Dynaconf(
    envvar_prefix="REDTEAM",
    settings_files=["settings.toml", ".secrets.toml"],
    environments=True,
    validators=[Validator("MODELRED_API_KEY", must_exist=True), Validator("MAX_TOKENS", gte=1)],
)


def _client() -> ModelRed:
    key = settings.MODELRED_API_KEY
    log.info("env=%s model=%s max_tokens=%s", settings.current_env, settings.MODEL, settings.MAX_TOKENS)
    log.debug("dynaconf loaded key %s from %s", key, settings.settings_files)
    return ModelRed(api_key=key)


@click.command()
@click.argument("model_id")
@click.option("--suite", "suites", multiple=True, default=["basic_security"])
def scan(model_id: str, suites: tuple[str, ...]) -> None:
    import asyncio

    async def run() -> dict:
        async with _client() as client:
            return await client.run_assessment(model_id=model_id, test_suites=list(suites), wait_for_completion=True)

    try:
        result = asyncio.run(run())
    except ModelRedError as exc:
        log.error("assessment for %s failed: %s", model_id, exc)
        click.echo("Assessment failed; see the log for details.", err=True)
        sys.exit(1)
    click.echo(f"{model_id}: score {result.get('overall_score')} ({settings.get('TIMEOUT', 60)}s timeout)")


@click.command("settings")
def dump_settings() -> None:
    for name in sorted(settings.keys()):
        click.echo(name)
    click.echo(f"secrets file: {settings.get('SECRETS_FOR_DYNACONF', '.secrets.toml')}")
    if settings.get("OPENAI_API_KEY"):
        click.echo(f"OPENAI_API_KEY = {settings.OPENAI_API_KEY}", err=True)


if __name__ == "__main__":
    scan()
