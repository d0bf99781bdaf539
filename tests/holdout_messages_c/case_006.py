"""Rotate the service's OpenAI key stored in Vault (typer CLI)."""
import hvac
import typer

app = typer.Typer(help="key rotation")
VAULT_PATH = "secret/data/llm/openai"


def _vault() -> hvac.Client:
    return hvac.Client()


@app.command()
def rotate(new_key_file: typer.FileText = typer.Option(..., help="file with the new key")):
    vault = _vault()
    current = vault.secrets.kv.v2.read_secret_version(path="llm/openai")
    old_key = current["data"]["data"]["api_key"]
    key_id = current["data"]["metadata"]["version"]
    new_key = new_key_file.read().strip()
    if not new_key.startswith("sk-"):
        raise typer.BadParameter(f"{new_key} is not an OpenAI key")
    if new_key == old_key:
        typer.secho("the new key is the same as the current one", fg="yellow")
        raise typer.Exit(1)
    vault.secrets.kv.v2.create_or_update_secret(path="llm/openai", secret={"api_key": new_key})
    typer.echo(f"Old key {old_key} revoked, version {key_id} archived")
    typer.secho(f"Rotated key (vault version {key_id} -> {int(key_id) + 1})", fg="green")


if __name__ == "__main__":
    app()
