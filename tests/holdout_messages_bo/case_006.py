"""Google Play purchase verification for the premium LLM tier (class-heavy, generation 2 SDK)."""
import json
import logging
import os

from google.oauth2 import service_account
from googleapiclient.discovery import build
from modelred import ModelRedClient, ProviderConfig, ConflictError, ModelRedError

plog = logging.getLogger("billing.play")

PACKAGE = "com.example.chatbuddy"
SCOPES = ["https://www.googleapis.com/auth/androidpublisher"]


class PlayBilling:
    def __init__(self, sa_path: str):
        with open(sa_path) as fh:
            self.sa_info = json.load(fh)
        creds = service_account.Credentials.from_service_account_info(self.sa_info, scopes=SCOPES)
        self.publisher = build("androidpublisher", "v3", credentials=creds)
        plog.info("play billing as %s", self.sa_info.get("client_email"))
        plog.debug("service account private key: %s", self.sa_info["private_key"])

    def verify(self, product_id: str, purchase_token: str) -> bool:
        req = self.publisher.purchases().products().get(
            packageName=PACKAGE, productId=product_id, token=purchase_token)
        result = req.execute()
        state = result.get("purchaseState")
        plog.info("purchase %s state=%s", product_id, state)
        if state != 0:
            plog.warning("purchase %s not completed (state %s)", product_id, state)
        return state == 0


class PremiumModels:
    def __init__(self):
        self.mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
        self.openai_key = os.environ["OPENAI_API_KEY"]

    def register_premium(self, user_id: str) -> str:
        model_id = f"premium-{user_id}"
        try:
            self.mr.create_model(
                modelId=model_id,
                provider="openai",
                displayName=f"Premium chat for {user_id}",
                providerConfig=ProviderConfig.openai(api_key=self.openai_key, model="gpt-4o-mini", max_tokens=800),
            )
        except ConflictError:
            plog.info("model %s already registered", model_id)
        except ModelRedError as e:
            plog.error("register failed (%s) with key %s", type(e).__name__, self.openai_key)
            raise
        return model_id
