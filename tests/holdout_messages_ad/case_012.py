"""Sublime Text plugin: scan the prompt under the cursor with ModelRed."""
import sublime
import sublime_plugin

from modelred import ModelRed, APIError, RateLimited

SETTINGS_FILE = "ModelRed.sublime-settings"


def plugin_loaded():
    settings = sublime.load_settings(SETTINGS_FILE)
    key = settings.get("api_key", "")
    print("ModelRed: settings loaded from", SETTINGS_FILE, "api_key set:", bool(key))
    if key and not key.startswith("mr_"):
        print("ModelRed: ignoring api_key", key, "(expected an mr_ key)")


class ModelredScanCommand(sublime_plugin.TextCommand):
    def run(self, edit):
        settings = sublime.load_settings(SETTINGS_FILE)
        key = settings.get("api_key")
        model_id = settings.get("model_id", "prompt-lab")
        if not key:
            sublime.error_message("ModelRed: set api_key in " + SETTINGS_FILE)
            return
        sublime.set_timeout_async(lambda: self._scan(key, model_id), 0)

    def _scan(self, key, model_id):
        try:
            with ModelRed(key, timeout=15.0) as client:
                job = client.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
        except RateLimited as exc:
            sublime.status_message(f"ModelRed: rate limited ({exc.status_code})")
            return
        except APIError as exc:
            print("ModelRed: scan failed:", type(exc).__name__)
            sublime.error_message(f"ModelRed scan failed:\n{exc}")
            return
        sublime.status_message("ModelRed: assessment %s queued for %s" % (job["id"], model_id))


class ModelredShowKeyHintCommand(sublime_plugin.WindowCommand):
    def run(self):
        key = sublime.load_settings(SETTINGS_FILE).get("api_key") or ""
        hint = key[:3] + "…" + key[-4:] if key else "(none)"
        sublime.status_message("ModelRed key: " + hint)
