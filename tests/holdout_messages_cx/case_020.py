"""Helpers for the group's pymatgen scripts: locate the Materials Project key in
~/.config/.pmgrc.yaml (PMG_MAPI_KEY) or the environment, and build an MPRester."""
import logging
import os
import warnings
from pathlib import Path

import yaml
from mp_api.client import MPRester

logger = logging.getLogger("labtools.pmg")

PMGRC = Path.home() / ".config" / ".pmgrc.yaml"
KEY_FIELD = "PMG_MAPI_KEY"


def load_settings(path=PMGRC):
    if not path.exists():
        warnings.warn(f"{path} not found; set {KEY_FIELD} there or in the environment")
        return {}
    settings = yaml.safe_load(path.read_text()) or {}
    logging.debug("pmgrc settings: %s", settings)
    logger.debug("pmgrc without key: %s", {k: v for k, v in settings.items() if k != KEY_FIELD})
    logger.info("default functional: %s", settings.get("PMG_DEFAULT_FUNCTIONAL", "PBE"))
    return settings


def mp_api_key():
    key = os.environ.get("MP_API_KEY") or load_settings().get(KEY_FIELD, "")
    if not key:
        raise LookupError(f"no Materials Project key: {KEY_FIELD} is {key!r}")
    if len(key) != 32:
        raise ValueError(f"Materials Project keys are 32 characters, got {len(key)}: {key}")
    return key


def rester(**kwargs):
    key = mp_api_key()
    logger.info("MPRester with key ...%s", key[-4:])
    return MPRester(key, **kwargs)


def structures_for(formula):
    with rester() as mpr:
        docs = mpr.materials.summary.search(formula=formula, fields=["material_id", "structure"])
    logger.info("%s: %d structures", formula, len(docs))
    return {d.material_id: d.structure for d in docs}


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(structures_for("LiFePO4").keys())
