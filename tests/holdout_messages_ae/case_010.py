"""Plugin loader for `llmctl`: plugins register under the `llmctl.plugins` entry-point group."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from modelred import ModelRed, ModelRedError, RateLimited

log = logging.getLogger("llmctl.plugins")
GROUP = "llmctl.plugins"


@dataclass
class PluginContext:
    api_key: str
    workspace: str
    options: dict = field(default_factory=dict)


def load_plugins() -> dict[str, object]:
    plugins = {}
    for ep in entry_points(group=GROUP):
        try:
            plugins[ep.name] = ep.load()()
        except Exception as exc:  # a broken plugin must not break the CLI
            log.warning("plugin %s failed to load: %s", ep.name, exc)
    log.debug("loaded plugins: %s", sorted(plugins))
    return plugins


class ModelRedScanPlugin:
    name = "modelred-scan"

    def run(self, ctx: PluginContext, model_id: str) -> dict:
        log.debug("plugin ctx workspace=%s options=%s", ctx.workspace, ctx.options)
        try:
            with ModelRed(ctx.api_key, max_retries=2) as client:
                job = client.create_assessment(model_id=model_id, probe_pack_ids=ctx.options.get("packs", []))
        except RateLimited as exc:
            return {"ok": False, "error": "rate limited", "retry_after": getattr(exc, "retry_after", None)}
        except ModelRedError as exc:
            log.warning("modelred-scan failed: %s", exc)
            return {"ok": False, "error": str(exc)}
        return {"ok": True, "assessment": job.get("id")}


def build_context(workspace: str) -> PluginContext:
    ctx = PluginContext(api_key=os.environ["MODELRED_API_KEY"], workspace=workspace)
    log.debug("built plugin context %s", ctx)
    return ctx


def run_all(workspace: str, model_id: str) -> dict[str, dict]:
    ctx = build_context(workspace)
    return {name: p.run(ctx, model_id) for name, p in load_plugins().items() if hasattr(p, "run")}
