"""Inventory report: every model and probe we have in ModelRed."""
import asyncio
import csv
import sys

from modelred import AsyncModelRed as ARed
from modelred import ModelRedClient as SyncClient

LOCAL_OPTS = {"organization_id": "org_redteam"}


async def list_everything():
    async with ARed(api_key="mr_live_placeholder", timeout=15) as red:
        models = await red.list_models(page_size=100)
        probes = await red.list_probes()
    return models.models, probes


def sync_probe_count() -> int:
    client = SyncClient(**{"api_key": "dev-only-key"}, **LOCAL_OPTS)
    try:
        return len(client.probes.list())
    finally:
        client.close()


def main() -> None:
    models, probes = asyncio.run(list_everything())
    w = csv.writer(sys.stdout)
    w.writerow(["model_id", "provider", "display_name", "tests"])
    for m in models:
        w.writerow([m.modelId, m.provider, m.displayName, m.testCount])
    print(f"# {len(probes.probes)} probes (sync count: {sync_probe_count()})", file=sys.stderr)


if __name__ == "__main__":
    main()
