"""Helper process for a VS Code extension: reads the user's settings and scans prompts."""
import json
import logging
import os
import sys
from pathlib import Path

from modelred import ModelRed, APIError, ValidationFailed

LOG_FILE = Path(os.environ.get("PROMPTGUARD_LOG", Path.home() / ".promptguard" / "helper.log"))
LOG_FILE.parent.mkdir(parents=True, exist_ok=True)
hlog = logging.getLogger("promptguard.helper")
hlog.addHandler(logging.FileHandler(LOG_FILE))
hlog.setLevel(logging.DEBUG)

SETTING_KEY = "promptguard.modelredApiKey"
SETTING_MODEL = "promptguard.modelId"


def read_settings(workspace: Path) -> dict:
    path = workspace / ".vscode" / "settings.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    hlog.info("settings %s has %s: %s", path, SETTING_KEY, SETTING_KEY in data)
    return data


def scan(workspace: Path, prompt_file: Path) -> dict:
    settings = read_settings(workspace)
    key = settings.get(SETTING_KEY) or os.environ.get("MODELRED_API_KEY")
    model_id = settings.get(SETTING_MODEL, "vscode-default")
    if key and len(key) < 12:
        raise ValueError("%s is too short to be a ModelRed key: %s" % (SETTING_KEY, key))
    hlog.debug("scanning %s for model %s with key=%s", prompt_file.name, model_id, key)
    try:
        with ModelRed(key) as client:
            job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["prompt-hygiene"])
    except ValidationFailed as exc:
        hlog.warning("validation failed: %s", exc)
        return {"ok": False, "reason": "invalid model id"}
    except APIError as exc:
        hlog.error("ModelRed API error %s", getattr(exc, "status_code", "?"))
        return {"ok": False, "reason": "ModelRed unavailable"}
    return {"ok": True, "assessment": job["id"]}


if __name__ == "__main__":
    ws, pf = Path(sys.argv[1]), Path(sys.argv[2])
    sys.stdout.write(json.dumps(scan(ws, pf)) + "\n")
