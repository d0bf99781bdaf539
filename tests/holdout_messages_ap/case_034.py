"""Follow-up drafts for Salesforce reps, generated on Azure OpenAI and registered with ModelRed."""
import logging
import os

import modelred
from openai import AzureOpenAI

log = logging.getLogger("sfdc.drafts")


class DraftService:
    def __init__(self, deployment="gpt4o-sales"):
        self.azure_cfg = {
            "endpoint": os.environ["AZURE_OPENAI_ENDPOINT"],
            "api_key": os.environ["AZURE_OPENAI_API_KEY"],
            "api_version": os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01"),
            "deployment": deployment,
        }
        log.info("azure endpoint %s deployment %s", self.azure_cfg["endpoint"], self.azure_cfg["deployment"])
        log.info("azure api_version %s", self.azure_cfg["api_version"])
        log.debug("azure config %s", self.azure_cfg)
        self.llm = AzureOpenAI(azure_endpoint=self.azure_cfg["endpoint"], api_key=self.azure_cfg["api_key"], api_version=self.azure_cfg["api_version"])
        self.mr = modelred.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])

    def draft(self, opportunity):
        try:
            resp = self.llm.chat.completions.create(
                model=self.azure_cfg["deployment"],
                max_tokens=350,
                messages=[{"role": "user", "content": f"Draft a follow-up e-mail for {opportunity['Name']} at stage {opportunity['StageName']}"}],
            )
        except Exception as exc:
            if getattr(exc, "status_code", None) == 401:
                raise ValueError(f"Azure key for deployment {self.azure_cfg['deployment']} rejected: {self.azure_cfg['api_key']}") from None
            raise
        return resp.choices[0].message.content

    def register(self):
        cfg = modelred.ProviderConfig.azure(
            api_key=self.azure_cfg["api_key"],
            endpoint=self.azure_cfg["endpoint"],
            deployment_name=self.azure_cfg["deployment"],
            api_version=self.azure_cfg["api_version"],
        )
        try:
            self.mr.create_model(modelId="sfdc-followups", provider="azure", displayName="SFDC follow-ups", providerConfig=cfg)
        except modelred.ConflictError as e:
            return {"registered": False, "message": str(e)}
        except modelred.ModelRedError as e:
            log.error("register failed: %s", type(e).__name__)
            return {"registered": False, "message": "registration failed"}
        return {"registered": True, "message": ""}
