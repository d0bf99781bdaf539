"""Textual TUI chat client for the in-house LLM gateway, with ModelRed health checks."""
from __future__ import annotations

import os

import httpx
from modelred import ModelRed, APIError, Unauthorized
from textual.app import App, ComposeResult
from textual.widgets import Footer, Input, RichLog

GATEWAY = os.environ.get("LLM_GATEWAY_URL", "https://llm.internal.example")


class ChatApp(App):
    BINDINGS = [("ctrl+h", "health", "Scan health")]

    def __init__(self) -> None:
        super().__init__()
        self.api_key = os.environ["GATEWAY_API_KEY"]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.headers = {"Authorization": f"Bearer {self.api_key}", "X-Client": "tui"}
        self.max_tokens = 512

    def compose(self) -> ComposeResult:
        yield RichLog(id="out")
        yield Input(placeholder="Ask something…")
        yield Footer()

    def on_mount(self) -> None:
        self.log.info(f"gateway {GATEWAY}, max_tokens={self.max_tokens}")
        self.log.debug(f"request headers: {self.headers}")

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        out = self.query_one("#out", RichLog)
        async with httpx.AsyncClient(headers=self.headers, timeout=30) as http:
            resp = await http.post(f"{GATEWAY}/v1/chat", json={"prompt": event.value, "max_tokens": self.max_tokens})
        if resp.status_code != 200:
            self.log.warning(f"gateway said {resp.status_code}: {resp.text[:200]}")
            out.write("[red]gateway error[/red]")
            return
        body = resp.json()
        out.write(body["text"])
        self.log.info(f"used {body['usage']['total_tokens']} tokens")

    def action_health(self) -> None:
        try:
            with ModelRed(self.mr_key, timeout=10.0) as client:
                latest = client.list_assessments(limit=1)
        except Unauthorized:
            self.notify("ModelRed rejected the key", severity="error")
            return
        except APIError as exc:
            self.notify(f"ModelRed: {exc}", severity="error")
            return
        self.notify(f"last scan: {latest}")


if __name__ == "__main__":
    ChatApp().run()
