"""Generation-1 Azure registration from the old "ModelOps" package (classic class style)."""
import asyncio
import logging

from modelred import ModelRed, ModelRedError, ValidationError, SubscriptionLimitError

logger = logging.getLogger("modelops.azure")


class AzureTarget(object):
    """One Azure OpenAI deployment as ModelOps sees it."""

    def __init__(self, name, endpoint, deployment, azure_key, api_version="2024-02-01"):
        self.name = name
        self.endpoint = endpoint
        self.deployment = deployment
        self.azure_key = azure_key
        self.api_version = api_version

    def __repr__(self):
        return "AzureTarget(%r, endpoint=%r, deployment=%r)" % (self.name, self.endpoint, self.deployment)

    def as_dict(self):
        return {"name": self.name, "endpoint": self.endpoint, "deployment": self.deployment, "api_key": self.azure_key, "api_version": self.api_version}


class Registrar(object):
    def __init__(self, targets):
        self.targets = targets

    async def register_all(self):
        out = {}
        async with ModelRed() as mr:
            for t in self.targets:
                logger.info("registering %r", t)
                try:
                    out[t.name] = await mr.register_azure_model(model_id=t.name, api_key=t.azure_key, endpoint=t.endpoint, deployment_name=t.deployment, api_version=t.api_version)
                except ValidationError as e:
                    logger.error("azure target rejected: %s", t.as_dict())
                    return {"failed": t.name, "error": str(e), "done": sorted(out)}
                except SubscriptionLimitError:
                    logger.warning("subscription limit reached at %s", t.name)
                    break
                except ModelRedError as e:
                    logger.exception("register %s failed", t.name)
                    out[t.name] = {"error": e.__class__.__name__}
        return out


def register(targets):
    for t in targets:
        if not t.azure_key:
            raise ValueError("target %s has no azure key (%r)" % (t.name, t.azure_key))
        if len(t.azure_key) != 32:
            raise ValueError("target %s: azure key %s is not 32 characters" % (t.name, t.azure_key))
    return asyncio.run(Registrar(targets).register_all())
