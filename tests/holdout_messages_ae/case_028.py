"""`llm keys` style key store: keys.json in the app dir, one entry per alias."""
import json
import logging
from pathlib import Path

import click

log = logging.getLogger("llmkeys")
APP_DIR = Path(click.get_app_dir("llmkeys"))
KEYS_PATH = APP_DIR / "keys.json"


class KeyStore:
    def __init__(self, path: Path = KEYS_PATH) -> None:
        self.path = path
        self.keys: dict[str, str] = {}
        if path.exists():
            self.keys = json.loads(path.read_text())
            log.debug("keys.json contents: %s", self.keys)
        log.debug("%d aliases in %s", len(self.keys), path)

    def get(self, alias: str) -> str:
        try:
            return self.keys[alias]
        except KeyError:
            raise click.ClickException(f"no key named {alias!r}; known: {', '.join(sorted(self.keys))}") from None

    def set(self, alias: str, value: str) -> None:
        self.keys[alias] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self.keys, indent=2) + "\n")


@click.group()
def keys() -> None:
    """Manage stored keys."""


@keys.command("list")
def list_() -> None:
    for alias in sorted(KeyStore().keys):
        click.echo(alias)


@keys.command("path")
def path() -> None:
    click.echo(KEYS_PATH)


@keys.command("set")
@click.argument("alias")
@click.option("--value", prompt="Enter key", hide_input=True)
def set_(alias: str, value: str) -> None:
    store = KeyStore()
    if alias in store.keys and store.keys[alias] == value:
        click.echo(f"{alias} unchanged")
        return
    store.set(alias, value)
    click.echo(f"saved {alias} ({len(value)} chars)")
