"""Register the models listed in a governance workbook (openpyxl) with ModelRed (generation 1)."""
import asyncio
import logging
import os

from openpyxl import load_workbook
from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

logger = logging.getLogger("workbook_register")
WORKBOOK = os.environ.get("GOVERNANCE_XLSX", "governance.xlsx")


def read_rows(path):
    wb = load_workbook(path, read_only=True, data_only=True)
    ws = wb["Models"]
    for row in ws.iter_rows(min_row=2, values_only=True):
        model_id, provider, deployment, endpoint, api_key = row[:5]
        if not model_id:
            continue
        yield {"model_id": model_id, "provider": provider, "deployment": deployment,
               "endpoint": endpoint, "api_key": api_key}


async def register_all():
    results = []
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        for r in read_rows(WORKBOOK):
            logger.info("registering %s (%s) at %s", r["model_id"], r["provider"], r["endpoint"])
            try:
                if r["provider"] == "azure":
                    await client.register_azure_model(model_id=r["model_id"], api_key=r["api_key"],
                                                      endpoint=r["endpoint"], deployment_name=r["deployment"])
                else:
                    await client.register_openai_model(model_id=r["model_id"], api_key=r["api_key"])
            except ConflictError:
                logger.info("%s already registered", r["model_id"])
            except ValidationError as e:
                logger.warning("row rejected: %s", r)
                results.append((r["model_id"], type(e).__name__))
            except ModelRedError as e:
                logger.error("register %s failed: %s", r["model_id"], e)
                results.append((r["model_id"], "error"))
            else:
                results.append((r["model_id"], "ok"))
    return results


def write_back(results):
    wb = load_workbook(WORKBOOK)
    ws = wb["Models"]
    for i, (model_id, status) in enumerate(results, start=2):
        ws.cell(row=i, column=7, value=status)
    wb.save(WORKBOOK)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    write_back(asyncio.run(register_all()))
