"""Plugin base class with __init_subclass__ auto-registration for red-team probes."""
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger("probes")


class ProbePlugin:
    registry = {}
    suites = ()

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry[name or cls.__name__.lower()] = cls

    def __init__(self, api_key=None):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")

    async def run(self, model_id):
        async with ModelRed(api_key=self.api_key) as client:
            return await client.run_assessment(model_id=model_id, test_suites=list(self.suites))


class Injection(ProbePlugin, name="injection"):
    suites = ("prompt_injection", "jailbreak")


class Leakage(ProbePlugin, name="leakage"):
    suites = ("data_leakage",)


async def run_plugin(name, model_id, api_key=None):
    cls = ProbePlugin.registry.get(name)
    if cls is None:
        raise KeyError(f"unknown plugin {name}")
    plugin = cls(api_key)
    logger.info("running %s on %s (suites %s)", name, model_id, plugin.suites)
    try:
        return await plugin.run(model_id)
    except AuthenticationError as exc:
        logger.error("plugin %s: auth failed for %s", name, plugin.api_key)
        raise RuntimeError(f"ModelRed auth failed: {exc}") from exc
    except ModelRedError as exc:
        logger.error("plugin %s failed: %s", name, exc)
        raise RuntimeError("assessment failed, see logs") from exc


def describe():
    for name, cls in ProbePlugin.registry.items():
        logger.info("%s -> suites %s", name, ", ".join(cls.suites))
