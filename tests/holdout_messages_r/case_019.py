"""typer CLI for batch-embedding a docs folder into pgvector."""
from pathlib import Path
from typing import Optional

import psycopg
import typer
from openai import AzureOpenAI
from rich.console import Console

app = typer.Typer(add_completion=False)
console = Console()


def build_dsn(host: str, port: int, user: str, password: str, db: str) -> str:
    return f"postgresql://{user}:{password}@{host}:{port}/{db}"


@app.command()
def ingest(
    docs: Path = typer.Argument(..., exists=True, file_okay=False),
    azure_endpoint: str = typer.Option(..., envvar="AZURE_OPENAI_ENDPOINT"),
    azure_key: str = typer.Option(..., envvar="AZURE_OPENAI_API_KEY"),
    deployment: str = typer.Option("text-embedding-3-large", envvar="AZURE_EMBED_DEPLOYMENT"),
    pg_host: str = typer.Option("localhost", envvar="PGHOST"),
    pg_port: int = typer.Option(5432, envvar="PGPORT"),
    pg_user: str = typer.Option("postgres", envvar="PGUSER"),
    pg_password: str = typer.Option(..., envvar="PGPASSWORD"),
    pg_db: str = typer.Option("vectors", envvar="PGDATABASE"),
    dry_run: bool = False,
    batch: Optional[int] = 32,
):
    dsn = build_dsn(pg_host, pg_port, pg_user, pg_password, pg_db)
    console.print(f"[bold]target[/bold] {pg_user}@{pg_host}:{pg_port}/{pg_db}")
    console.print(f"[dim]azure endpoint {azure_endpoint}, deployment {deployment}[/dim]")
    if dry_run:
        console.print(f"dry run: would connect with {dsn}")
        raise typer.Exit()
    client = AzureOpenAI(azure_endpoint=azure_endpoint, api_key=azure_key, api_version="2024-06-01")
    files = sorted(docs.rglob("*.md"))
    try:
        conn = psycopg.connect(dsn)
    except psycopg.OperationalError as exc:
        console.print(f"[red]could not connect to postgres at {pg_host}: {exc.sqlstate}[/red]")
        raise typer.Exit(code=1)
    with conn, conn.cursor() as cur:
        for i in range(0, len(files), batch or 32):
            chunk = files[i : i + (batch or 32)]
            texts = [f.read_text(encoding="utf-8")[:8000] for f in chunk]
            resp = client.embeddings.create(model=deployment, input=texts)
            for f, item in zip(chunk, resp.data):
                cur.execute("INSERT INTO docs (path, embedding) VALUES (%s, %s)", (str(f), item.embedding))
            console.print(f"{i + len(chunk)}/{len(files)} files, {resp.usage.total_tokens} tokens")
    if not azure_key.strip():
        raise typer.BadParameter(f"empty azure key {azure_key!r}")


if __name__ == "__main__":
    app()
