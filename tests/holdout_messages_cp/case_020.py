"""Legacy plugin loader: each "check" plugin gets a context dict; this one calls ModelRed.

Generation 1, async, run from the plugin host's event loop.
"""
import logging

from modelred import ModelRed, ModelRedError, NotFoundError, TierRestrictedError

plog = logging.getLogger("plugins.modelred_check")

PLUGIN_NAME = "modelred_check"
PLUGIN_VERSION = "1.4.2"
REQUIRED_CONTEXT = ("modelred_api_key", "model_id", "suites")


class PluginFailure(Exception):
    pass


async def run(ctx):
    missing = [k for k in REQUIRED_CONTEXT if not ctx.get(k)]
    if missing:
        raise PluginFailure("%s: missing context keys %s" % (PLUGIN_NAME, ", ".join(missing)))
    plog.info("%s %s starting for %s", PLUGIN_NAME, PLUGIN_VERSION, ctx["model_id"])
    plog.info("priority %s, suites %s", ctx.get("priority", "normal"), ctx["suites"])
    plog.debug("context: %s" % ctx)
    plog.debug("context keys: %s", sorted(ctx))
    async with ModelRed(api_key=ctx["modelred_api_key"]) as client:
        try:
            model = await client.get_model(ctx["model_id"])
        except NotFoundError as e:
            raise PluginFailure("model lookup failed: %s" % e)
        try:
            res = await client.run_assessment(model_id=model["model_id"], test_suites=ctx["suites"], priority=ctx.get("priority", "normal"))
        except TierRestrictedError:
            plog.warning("tier does not allow suites %s", ctx["suites"])
            return {"status": "skipped", "reason": "tier"}
        except ModelRedError as e:
            plog.error("run_assessment raised %s", e.__class__.__name__)
            raise PluginFailure("assessment could not be started") from e
    return {"status": "started", "assessment_id": res.get("assessment_id")}


def describe():
    return "%s v%s needs %s" % (PLUGIN_NAME, PLUGIN_VERSION, ", ".join(REQUIRED_CONTEXT))
