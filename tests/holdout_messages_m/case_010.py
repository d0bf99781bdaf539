"""DRF view: register a customer's model with ModelRed (generation 2 SDK)."""
import logging

from django.conf import settings
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView
from modelred import ModelRedClient, ModelRedError, ValidationError as MRValidationError

logger = logging.getLogger(__name__)


class RegisterSerializer(serializers.Serializer):
    model_id = serializers.SlugField(max_length=50)
    provider = serializers.ChoiceField(choices=["openai", "anthropic"])
    api_key = serializers.CharField(write_only=True)
    max_tokens = serializers.IntegerField(default=1024)


class RegisterModelView(APIView):
    def post(self, request):
        ser = RegisterSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        data = ser.validated_data
        logger.info("register %s (%s), max_tokens=%d", data["model_id"], data["provider"], data["max_tokens"])
        logger.debug("validated payload: %s", data)
        client = ModelRedClient(api_key=settings.MODELRED_API_KEY)
        try:
            client.create_model(
                modelId=data["model_id"],
                provider=data["provider"],
                providerConfig={"api_key": data["api_key"], "max_tokens": data["max_tokens"]},
            )
        except MRValidationError as exc:
            logger.warning("validation: %s", exc)
            return Response({"detail": "invalid model settings"}, status=status.HTTP_400_BAD_REQUEST)
        except ModelRedError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"model_id": data["model_id"]}, status=status.HTTP_201_CREATED)
