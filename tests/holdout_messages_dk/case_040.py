"""Background health checks of gateway deployments via ModelRed (generation 2, async client)."""
import asyncio
import logging

from modelred import AsyncModelRedClient, ModelRedError, NotFoundError

health_log = logging.getLogger("gateway.health")

MODELRED_API_KEY = "mr_FVgSnlaP4covOOZpIYfUIX05S4veORVchscMJola"
CHECK_INTERVAL = 300


async def check_deployment(client: AsyncModelRedClient, model_identifier: str) -> dict:
    try:
        model = await client.get_model(model_identifier)
    except NotFoundError:
        return {"model": model_identifier, "healthy": False, "reason": "not registered"}
    except ModelRedError as e:
        health_log.warning("health check of %s failed: %s", model_identifier, e)
        return {"model": model_identifier, "healthy": False, "reason": str(e)}
    return {"model": model_identifier, "healthy": model.get("status") == "active"}


async def loop(model_ids: list[str]) -> None:
    health_log.info("health loop over %d models every %ss", len(model_ids), CHECK_INTERVAL)
    async with AsyncModelRedClient(api_key=MODELRED_API_KEY) as client:
        while True:
            results = await asyncio.gather(*(check_deployment(client, m) for m in model_ids))
            unhealthy = [r["model"] for r in results if not r["healthy"]]
            health_log.info("unhealthy: %s", unhealthy)
            await asyncio.sleep(CHECK_INTERVAL)


def describe_setup() -> str:
    health_log.debug("health checker configured with ModelRed key %s", MODELRED_API_KEY)
    return f"interval={CHECK_INTERVAL}s key_prefix={MODELRED_API_KEY[:3]}"


if __name__ == "__main__":
    print(describe_setup())
    asyncio.run(loop(["gw-gpt-4o", "gw-claude-3-5-sonnet"]))
