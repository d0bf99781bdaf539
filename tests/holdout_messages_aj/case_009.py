import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("musegen.safety")
CONFIG_PATH = Path.home() / ".config" / "musegen" / "settings.json"


@dataclass
class MuseSettings:
    modelred_key: str
    hf_token: str
    lyrics_model: str = "musegen/lyrics-7b"
    max_new_tokens: int = 256
    extras: dict = field(default_factory=dict)


def load_settings(path: Path = CONFIG_PATH) -> MuseSettings:
    raw = json.loads(path.read_text())
    settings = MuseSettings(modelred_key=raw["modelred_key"], hf_token=raw["hf_token"],
                            lyrics_model=raw.get("lyrics_model", "musegen/lyrics-7b"))
    log.info("settings loaded from %s: model=%s", path, settings.lyrics_model)
    log.debug("settings: %r", settings)
    return settings


def register_lyrics_model(settings: MuseSettings) -> str:
    client = ModelRed(api_key=settings.modelred_key)
    cfg = ProviderConfig.huggingface(model_name=settings.lyrics_model, api_key=settings.hf_token)
    try:
        model = client.create_model(
            modelId="musegen-lyrics",
            provider="huggingface",
            displayName="MuseGen lyrics",
            providerConfig=cfg,
        )
    except ConflictError:
        log.info("model already registered")
        return "musegen-lyrics"
    except ModelRedError as exc:
        raise RuntimeError(f"registration failed: {exc}") from exc
    log.info("registered %s (max_new_tokens=%d)", model["id"], settings.max_new_tokens)
    return model["id"]


def start_scan(settings: MuseSettings, model_id: str) -> str:
    client = ModelRed(api_key=settings.modelred_key)
    try:
        job = client.create_assessment(model=model_id, test_types=["harmful_content"])
    except ModelRedError as exc:
        log.error("scan failed status=%s", getattr(exc, "status_code", None))
        raise RuntimeError("scan could not be started") from exc
    return job["id"]
