"""DRF APIView: register a customer's Anthropic model with ModelRed (gen 2)."""
import logging

from django.db import transaction
from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from modelred import ModelRed, ModelRedError, ConflictError, ProviderConfig

from catalog.models import RegisteredModel
from catalog.settings_store import team_modelred_key

logger = logging.getLogger("catalog.register")


class RegisterAnthropicModel(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        model_id = request.data.get("model_id", "")
        anthropic_key = request.data.get("anthropic_api_key", "")
        model_name = request.data.get("model_name", "claude-3-5-sonnet-latest")
        if not anthropic_key:
            raise ValidationError({"anthropic_api_key": "required"})
        provider_config = ProviderConfig.anthropic(api_key=anthropic_key, model_name=model_name)
        logger.info("registering %s (%s) for %s", model_id, model_name, request.user.team_id)
        logger.debug("provider config: %s", provider_config)
        client = ModelRed(api_key=team_modelred_key(request.user.team_id))
        try:
            created = client.create_model(modelId=model_id, provider="anthropic", displayName=model_name,
                                          providerConfig=provider_config)
        except ConflictError:
            return Response({"detail": "model id already taken"}, status=status.HTTP_409_CONFLICT)
        except ModelRedError as exc:
            logger.error("create_model failed for %s: %s", model_id, exc)
            raise APIException(detail=f"ModelRed registration failed: {exc}")
        with transaction.atomic():
            RegisteredModel.objects.create(team_id=request.user.team_id, modelred_id=created["id"], name=model_name)
        return Response({"id": created["id"], "provider": "anthropic"}, status=status.HTTP_201_CREATED)


class TeamKeyCheck(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        key = team_modelred_key(request.user.team_id)
        if not key:
            raise APIException(f"team {request.user.team_id} has no ModelRed key (got {key!r})")
        return Response({"configured": True, "suffix": key[-4:]})
