"""Kivy companion app: syncs chat history and runs a nightly red-team scan."""
import asyncio
import os

from kivy.app import App
from kivy.logger import Logger
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.button import Button
from kivy.uix.label import Label
from kivy.uix.popup import Popup
from modelred import ModelRed, ModelRedError, QuotaExceededError

SYNC_TOKEN_ENV = "COMPANION_SYNC_TOKEN"


class Root(BoxLayout):
    def __init__(self, **kw):
        super().__init__(orientation="vertical", **kw)
        self.sync_token = os.environ.get(SYNC_TOKEN_ENV, "")
        self.status = Label(text="ready")
        self.add_widget(self.status)
        self.add_widget(Button(text="Sync", on_press=self.sync))
        self.add_widget(Button(text="Scan", on_press=self.scan))

    def sync(self, *_):
        if not self.sync_token:
            Logger.warning(f"Companion: {SYNC_TOKEN_ENV} is not set, token={self.sync_token!r}")
            return
        Logger.info("Companion: syncing with token %s", self.sync_token)
        self.status.text = "synced"

    def scan(self, *_):
        try:
            score = asyncio.run(self._scan())
        except QuotaExceededError:
            Popup(title="Quota", content=Label(text="Monthly scan quota used up."), size_hint=(0.8, 0.3)).open()
            return
        except ModelRedError as err:
            Logger.error("Companion: scan failed: %s", err)
            Popup(title="Scan failed", content=Label(text=str(err)), size_hint=(0.8, 0.3)).open()
            return
        self.status.text = f"risk score {score}"

    async def _scan(self):
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id="companion-chat",
                test_suites=["basic_security"],
                wait_for_completion=True,
                timeout_minutes=20,
            )
        return result["overall_score"]


class CompanionApp(App):
    def build(self):
        return Root()


if __name__ == "__main__":
    CompanionApp().run()
