"""Model registry servicer in front of ModelRed (generation 2)."""
import logging
import os

import grpc
from modelred import ConflictError, ModelRed, NotFoundError, ProviderConfig

import registry_pb2
import registry_pb2_grpc

logger = logging.getLogger("registry")


class RegistryServicer(registry_pb2_grpc.ModelRegistryServicer):
    def __init__(self, client: ModelRed | None = None):
        self.client = client or ModelRed(api_key=os.environ["MODELRED_API_KEY"])

    def RegisterModel(self, request, context):
        logger.info("register %s provider=%s display=%s", request.model_id, request.provider, request.display_name)
        provider_config = ProviderConfig.openai(
            api_key=request.provider_key,
            model_name=request.model_name,
        )
        logger.debug("provider config for %s: %s", request.model_id, provider_config)
        try:
            model = self.client.create_model(
                modelId=request.model_id,
                provider="openai",
                displayName=request.display_name,
                providerConfig=provider_config,
            )
        except ConflictError as e:
            logger.info("model %s already exists", request.model_id)
            return registry_pb2.RegisterReply(ok=False, error=str(e))
        return registry_pb2.RegisterReply(ok=True, model_id=model["modelId"])

    def GetModel(self, request, context):
        try:
            model = self.client.get_model(request.model_id)
        except NotFoundError as e:
            context.set_code(grpc.StatusCode.NOT_FOUND)
            context.set_details(type(e).__name__)
            return registry_pb2.ModelInfo()
        logger.debug("model %s max_tokens=%s", request.model_id, model.get("max_tokens"))
        return registry_pb2.ModelInfo(
            model_id=model["modelId"],
            provider=model.get("provider", ""),
            display_name=model.get("displayName", ""),
        )

    def DeleteModel(self, request, context):
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details("deleting models is disabled")
        return registry_pb2.Empty()


def attach(server) -> None:
    registry_pb2_grpc.add_ModelRegistryServicer_to_server(RegistryServicer(), server)
