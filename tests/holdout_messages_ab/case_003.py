"""A promptfoo-style runner: providers and tests come from promptfooconfig.yaml."""
from __future__ import annotations

import logging
import os
import string
from pathlib import Path
from typing import Any

import httpx
import yaml

logger = logging.getLogger("evalrun")


def load_config(path: Path) -> dict[str, Any]:
    cfg = yaml.safe_load(path.read_text())
    for prov in cfg.get("providers", []):
        conf = prov.setdefault("config", {})
        env_name = conf.pop("apiKeyEnv", None)
        if env_name:
            conf["apiKey"] = os.environ[env_name]
            logger.debug("provider %s reads its key from %s", prov["id"], env_name)
    return cfg


def call_provider(prov: dict[str, Any], prompt: str) -> dict[str, Any]:
    conf = prov["config"]
    headers = {"Authorization": f"Bearer {conf['apiKey']}"}
    logger.debug("calling %s at %s", prov["id"], conf.get("apiBaseUrl"))
    try:
        resp = httpx.post(f"{conf['apiBaseUrl']}/chat/completions", headers=headers,
                          json={"model": conf["model"], "messages": [{"role": "user", "content": prompt}],
                                "temperature": conf.get("temperature", 0)}, timeout=30)
        resp.raise_for_status()
    except httpx.HTTPStatusError as err:
        logger.warning("provider %s failed: %s", prov["id"], err.response.status_code)
        logger.debug("provider config was %s", conf)
        return {"ok": False, "output": ""}
    return {"ok": True, "output": resp.json()["choices"][0]["message"]["content"]}


def run(path: str = "promptfooconfig.yaml") -> list[dict[str, Any]]:
    cfg = load_config(Path(path))
    rows = []
    for test in cfg["tests"]:
        prompt = string.Template(cfg["prompts"][0]).safe_substitute(test.get("vars", {}))
        for prov in cfg["providers"]:
            out = call_provider(prov, prompt)
            passed = all(a["value"].lower() in out["output"].lower() for a in test.get("assert", []))
            rows.append({"provider": prov["id"], "test": test.get("description"), "pass": passed})
    logger.info("ran %d rows over %d providers", len(rows), len(cfg["providers"]))
    return rows


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    for r in run():
        print(f"{r['provider']:<24} {r['test']:<40} {'PASS' if r['pass'] else 'FAIL'}")
