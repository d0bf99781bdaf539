"""Per-tenant scan launcher (ModelRed SDK generation 2, async); each tenant has its own key variable."""
import asyncio
import logging
import os

from modelred import AsyncModelRedClient, ModelRedError, NotFoundError

logger = logging.getLogger("tenants.scans")

ENV_SUFFIX = "_MODELRED_KEY"


def tenant_key_var(tenant: str) -> str:
    return f"{tenant.upper().replace('-', '_')}{ENV_SUFFIX}"


def tenant_key(tenant: str) -> str:
    var = tenant_key_var(tenant)
    value = os.environ.get(var)
    if value is None:
        raise KeyError(f"no key for tenant {tenant}: set {var}")
    return value


async def launch(tenant: str, model: str, tests: list[str]) -> str:
    key = tenant_key(tenant)
    logger.info("tenant %s uses %s (%d chars)", tenant, tenant_key_var(tenant), len(key))
    async with AsyncModelRedClient(api_key=key) as client:
        try:
            await client.get_model(model)
        except NotFoundError:
            logger.error("model %s missing for tenant %s", model, tenant)
            return f"{tenant}: model {model} not registered"
        try:
            assessment = await client.create_assessment(model=model, test_types=tests, priority="low")
        except ModelRedError as e:
            logger.error("tenant %s key %s: create_assessment failed", tenant, key)
            return f"{tenant}: failed ({e})"
    return f"{tenant}: started {assessment.id}"


async def launch_all(tenants: list[str]) -> list[str]:
    jobs = [launch(t, "assistant-v2", ["prompt_injection", "data_leakage"]) for t in tenants]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    lines = []
    for t, r in zip(tenants, results):
        if isinstance(r, Exception):
            logger.warning("tenant %s: %s", t, type(r).__name__)
            lines.append(f"{t}: error")
        else:
            lines.append(r)
    return lines


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for line in asyncio.run(launch_all(os.environ.get("TENANTS", "acme,globex").split(","))):
        print(line)
