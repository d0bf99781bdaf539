"""Textual TUI to browse ModelRed assessments (generation 3 SDK)."""
import os

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header, Input
from modelred import ModelRed, APIError, Unauthorized


class AssessmentsApp(App):
    TITLE = "ModelRed assessments"
    BINDINGS = [("r", "refresh", "Refresh"), ("q", "quit", "Quit")]

    def __init__(self, api_key: str | None = None):
        super().__init__()
        self.api_key = api_key or os.environ.get("MODELRED_API_KEY", "")
        self.page_token = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="paste a ModelRed key", password=True, id="key")
        yield DataTable(id="table")
        yield Footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.api_key = event.value.strip()
        self.log(f"key updated, {len(self.api_key)} chars")
        self.log.info(f"new key entered: {self.api_key}")
        self.action_refresh()

    def action_refresh(self) -> None:
        table = self.query_one("#table", DataTable)
        table.clear(columns=True)
        table.add_columns("id", "model", "status")
        try:
            with ModelRed(self.api_key) as client:
                page = client.list_assessments(page_token=self.page_token)
        except Unauthorized as err:
            self.notify(f"key rejected (HTTP {err.status_code})", severity="error")
            return
        except APIError as err:
            self.notify(str(err), title="ModelRed error", severity="error")
            return
        for row in page.get("data", []):
            table.add_row(row["id"], row.get("model", "?"), row.get("status", "?"))
        self.page_token = page.get("next_page_token")
        self.log(f"next page token {self.page_token}")


if __name__ == "__main__":
    AssessmentsApp().run()
