"""Typer CLI for course staff: import a Moodle course backup into the tutor knowledge base."""
import logging
import os
import zipfile
from pathlib import Path

import typer
from rich.console import Console

app = typer.Typer()
err = Console(stderr=True)
log = logging.getLogger("kbimport")

KB_URL = os.environ.get("KB_URL", "http://kb:7000")


def kb_token() -> str:
    return os.environ.get("KB_INGEST_TOKEN", "")


@app.command()
def ingest(backup: Path, course: str = typer.Option(...), dry_run: bool = False,
           token: str = typer.Option(None, envvar="KB_INGEST_TOKEN")):
    if not token:
        err.print(f"[red]No ingest token ({token!r}); set KB_INGEST_TOKEN[/red]")
        raise typer.Exit(2)
    if dry_run:
        err.print(f"dry run for {course} using token {token}")
    with zipfile.ZipFile(backup) as z:
        names = [n for n in z.namelist() if n.endswith((".html", ".xml"))]
        err.print(f"{len(names)} documents in {backup.name}")
        if dry_run:
            return
        import httpx
        with httpx.Client(base_url=KB_URL, headers={"X-Ingest-Token": token}, timeout=60) as c:
            for n in names:
                r = c.post(f"/courses/{course}/docs", content=z.read(n), params={"name": n})
                if r.status_code >= 400:
                    log.warning("ingest %s failed: %s %s", n, r.status_code, r.text[:120])
    err.print(f"[green]Imported {len(names)} docs into {course}[/green]")


@app.command()
def status(course: str):
    tok = kb_token()
    err.print(f"token configured: {bool(tok)}; length {len(tok)}")
    import httpx
    r = httpx.get(f"{KB_URL}/courses/{course}/stats", headers={"X-Ingest-Token": tok})
    err.print(r.json())


if __name__ == "__main__":
    app()
