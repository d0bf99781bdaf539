"""NiceGUI page to launch ModelRed assessments (generation 2 SDK)."""
import logging
import os

from nicegui import app, ui
from modelred import ModelRed, ModelRedError, ValidationError, ProviderConfig

logger = logging.getLogger("ui.assess")


def _client() -> ModelRed:
    key = app.storage.user.get("modelred_key") or os.environ.get("MODELRED_API_KEY")
    return ModelRed(api_key=key)


@ui.page("/")
def index():
    key_input = ui.input("ModelRed key", password=True, password_toggle_button=True)
    model_input = ui.input("Model id", value="support-bot")
    openai_input = ui.input("OpenAI key for the target", password=True)

    def save_key():
        key = key_input.value.strip()
        app.storage.user["modelred_key"] = key
        ui.notify(f"Saved key {key[:4]}...{key[-4:]}")
        logger.info("user %s saved a ModelRed key (%d chars)", app.storage.user.get("id"), len(key))

    def launch():
        openai_key = openai_input.value.strip()
        try:
            client = _client()
            client.create_model(modelId=model_input.value, provider="openai",
                                displayName=model_input.value,
                                providerConfig=ProviderConfig.openai(api_key=openai_key))
            job = client.create_assessment(model=model_input.value, test_types=["jailbreak"])
        except ValidationError as e:
            ui.notify(f"Invalid input: {e}", type="warning")
            return
        except ModelRedError as e:
            logger.error("launch failed for %s: %s", model_input.value, e)
            ui.notify("ModelRed request failed; see server logs", type="negative")
            return
        logger.info("launched %s, provider key %s", job.get("id"), openai_key)
        ui.notify(f"Assessment {job.get('id')} queued")

    ui.button("Save key", on_click=save_key)
    ui.button("Launch", on_click=launch)


ui.run(storage_secret=os.environ.get("NICEGUI_STORAGE_SECRET", "change-me"))
