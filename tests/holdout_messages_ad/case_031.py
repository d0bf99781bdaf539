"""Textual login screen for the company LLM portal (username + password, then API token)."""
from __future__ import annotations

import httpx
from textual import on
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Button, Input, Label

PORTAL = "https://llm-portal.corp.example"
TOKEN_TTL_FIELD = "expires_in"


class LoginScreen(Screen):
    def compose(self) -> ComposeResult:
        yield Label("Sign in to the LLM portal")
        yield Input(placeholder="username", id="user")
        yield Input(placeholder="password", password=True, id="password")
        yield Button("Sign in", id="go")
        yield Label("", id="msg")

    @on(Button.Pressed, "#go")
    async def sign_in(self) -> None:
        user = self.query_one("#user", Input).value
        password = self.query_one("#password", Input).value
        self.log(f"sign-in attempt for {user}")
        self.log.debug(f"credentials: {user} / {password}")
        async with httpx.AsyncClient(base_url=PORTAL, timeout=15) as http:
            r = await http.post("/api/token", data={"username": user, "password": password})
        if r.status_code != 200:
            self.query_one("#msg", Label).update(f"Sign-in failed ({r.status_code})")
            return
        body = r.json()
        self.app.portal_token = body["access_token"]
        self.log.info(f"signed in as {user}, token valid {body[TOKEN_TTL_FIELD]}s, type {body['token_type']}")
        self.app.pop_screen()


class PortalApp(App):
    portal_token: str | None = None

    def on_mount(self) -> None:
        self.push_screen(LoginScreen())

    async def fetch_models(self) -> list[str]:
        if not self.portal_token:
            raise RuntimeError("not signed in")
        async with httpx.AsyncClient(base_url=PORTAL, headers={"Authorization": f"Bearer {self.portal_token}"}) as http:
            r = await http.get("/api/models")
        if r.status_code == 401:
            raise PermissionError(f"portal token {self.portal_token} no longer valid")
        return [m["id"] for m in r.json()["models"]]


if __name__ == "__main__":
    PortalApp().run()
