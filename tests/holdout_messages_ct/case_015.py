"""Settings object built by a factory function; used by the CLI and the worker."""
import dataclasses
import json
import logging
import pathlib
import warnings

from modelred import ModelRed, Unauthorized, Forbidden

log = logging.getLogger("settings")

CONFIG_PATH = pathlib.Path.home() / ".config" / "redscan" / "config.json"
API_KEY_FIELD = "modelred_api_key"


@dataclasses.dataclass
class Settings:
    modelred_api_key: str
    workspace: str
    default_packs: list
    max_tokens: int = 256


def settings_factory(path=CONFIG_PATH):
    def load():
        raw = json.loads(path.read_text())
        missing = [f for f in ("workspace", API_KEY_FIELD) if not raw.get(f)]
        if missing:
            raise KeyError(f"config {path} lacks {missing}")
        return Settings(
            modelred_api_key=raw[API_KEY_FIELD],
            workspace=raw["workspace"],
            default_packs=raw.get("packs", []),
        )
    return load


load_settings = settings_factory()


def client_from_settings():
    s = load_settings()
    log.info("workspace %s, packs %s", s.workspace, s.default_packs)
    if not s.modelred_api_key.startswith("mr_"):
        warnings.warn(f"key {s.modelred_api_key} does not look like a ModelRed key")
    return ModelRed(s.modelred_api_key), s


def check():
    client, s = client_from_settings()
    try:
        client.list_models(limit=1)
    except (Unauthorized, Forbidden) as exc:
        log.error("credentials refused: %s", exc.__class__.__name__)
        raise PermissionError(f"workspace {s.workspace} refused {s}") from exc
    log.info("settings ok: %s", API_KEY_FIELD)
    return True
