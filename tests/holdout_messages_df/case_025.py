"""Intezer Analyze: submit suspicious attachments and summarise families for the analyst."""
import logging
import os

from intezer_sdk import api
from intezer_sdk.analysis import FileAnalysis
from intezer_sdk.errors import InvalidApiKeyError
import modelred

logger = logging.getLogger(__name__)


class AttachmentTriage:
    def __init__(self, intezer_key=None, modelred_key=None):
        self.intezer_key = intezer_key or os.environ["INTEZER_API_KEY"]
        self.modelred_key = modelred_key or os.environ["MODELRED_API_KEY"]
        try:
            api.set_global_api(self.intezer_key)
        except InvalidApiKeyError:
            logger.error("Intezer refused key %s", self.intezer_key)
            raise
        logger.info("intezer ready, key suffix %s", self.intezer_key[-4:])

    def analyze(self, path):
        analysis = FileAnalysis(file_path=path)
        analysis.send(wait=True)
        result = analysis.result()
        logger.info("%s -> %s (%s)", path, result.get("verdict"), result.get("family_name"))
        return result

    async def register_summariser(self, azure_key, endpoint, deployment):
        async with modelred.ModelRed(api_key=self.modelred_key) as client:
            try:
                return await client.register_azure_model("intezer-summary", api_key=azure_key,
                                                         endpoint=endpoint, deployment_name=deployment)
            except modelred.ValidationError as e:
                logger.warning("azure registration rejected for %s/%s: %s", endpoint, deployment, e)
                raise ValueError(f"bad Azure settings (key {azure_key}, endpoint {endpoint})") from e
            except modelred.ModelRedError as e:
                logger.error("registration failed: %s", type(e).__name__)
                return None

    def report(self, results):
        lines = [f"{r['sha256'][:12]} {r.get('verdict')} {r.get('family_name', '-')}" for r in results]
        logger.info("triage report:\n%s", "\n".join(lines))
        return lines
