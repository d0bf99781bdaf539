"""acme_cli.chat: an interactive chat REPL with rich output."""
from __future__ import annotations

import os
from dataclasses import dataclass

import httpx
from rich.console import Console
from rich.panel import Panel

console = Console()
err_console = Console(stderr=True)


@dataclass
class ChatConfig:
    api_key: str
    model: str = "acme-chat"
    base_url: str = "https://api.acme-llm.com/v1"
    verbose: bool = False


def _mask(value: str) -> str:
    return f"{value[:3]}…{value[-4:]}" if len(value) > 10 else "***"


def chat_loop(cfg: ChatConfig) -> None:
    console.print(Panel(f"[bold]Model:[/] {cfg.model}\n[bold]Endpoint:[/] {cfg.base_url}", title="acme chat"))
    console.print(f"[dim]key {_mask(cfg.api_key)}[/]")
    history: list[dict] = []
    with httpx.Client(base_url=cfg.base_url, headers={"Authorization": f"Bearer {cfg.api_key}"}, timeout=90) as http:
        while True:
            try:
                text = console.input("[green]you>[/] ")
            except (EOFError, KeyboardInterrupt):
                break
            history.append({"role": "user", "content": text})
            resp = http.post("/chat", json={"model": cfg.model, "messages": history})
            if resp.status_code == 401:
                err_console.print(f"[red]unauthorized[/] (auth header: Bearer {cfg.api_key})")
                break
            if resp.is_error:
                err_console.print(f"[red]error {resp.status_code}[/]: {resp.text}")
                continue
            data = resp.json()
            reply = data["message"]["content"]
            history.append({"role": "assistant", "content": reply})
            console.print(f"[cyan]acme>[/] {reply}")
            if cfg.verbose:
                console.print(f"[dim]{data['usage']['total_tokens']} tokens[/]")


if __name__ == "__main__":
    chat_loop(ChatConfig(api_key=os.environ["ACME_API_KEY"], verbose=True))
