from modelred import *
import os, logging

logging.basicConfig(level=logging.DEBUG)
lg = logging.getLogger("ap-automation")

# invoice-extraction red team, generation 1 API, run by hand after prompt changes
MODEL = "invoice-extractor-v7"
AZ_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZ_DEPLOYMENT = "gpt4o-invoices"
az_key = os.environ["AZURE_OPENAI_API_KEY"]


async def register_and_scan(client_key: str):
    lg.info("azure endpoint=%s deployment=%s", AZ_ENDPOINT, AZ_DEPLOYMENT)
    async with ModelRed(api_key=client_key) as client:
        try:
            await client.register_azure_model(
                model_id=MODEL,
                api_key=az_key,
                endpoint=AZ_ENDPOINT,
                deployment_name=AZ_DEPLOYMENT,
                api_version="2024-06-01",
            )
        except ConflictError:
            lg.info("model %s already registered", MODEL)
        except ValidationError as e:
            lg.error("azure registration rejected for key %s: %s", az_key, e)
            return {"ok": False}
        try:
            res = await client.run_assessment(model_id=MODEL, test_suites=["basic_security"], wait_for_completion=True)
        except QuotaExceededError as e:
            return {"ok": False, "message": str(e)}
        except ModelRedError as e:
            lg.exception("scan failed")
            return {"ok": False, "message": "scan failed"}
    lg.debug("scan result %s", res.assessment_id)
    return {"ok": True, "score": res.overall_score}


if __name__ == "__main__":
    import asyncio
    mr_key = os.environ["MODELRED_API_KEY"]
    lg.debug("starting with key %s", mr_key)
    print(asyncio.run(register_and_scan(mr_key)))
