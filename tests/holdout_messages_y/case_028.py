"""DRF serializer for registering a customer's OpenAI-backed model with ModelRed (0.1.3x)."""
import logging
import os

from rest_framework import serializers

from modelred import ModelRed, ProviderConfig
from modelred import ValidationError as MRValidationError

logger = logging.getLogger("registry.serializers")


class RegisterModelSerializer(serializers.Serializer):
    model_id = serializers.SlugField(max_length=50)
    display_name = serializers.CharField(max_length=100)
    openai_model = serializers.CharField(default="gpt-4o-mini")
    api_key = serializers.CharField(write_only=True)

    def validate_api_key(self, api_key):
        if not api_key:
            raise serializers.ValidationError(f"an OpenAI key is required (got {api_key!r})")
        if not api_key.startswith("sk-"):
            raise serializers.ValidationError(f"'{api_key}' is not an OpenAI key")
        return api_key

    def validate_model_id(self, value):
        if value.startswith("tmp-"):
            raise serializers.ValidationError(f"model id {value} uses a reserved prefix")
        return value

    def create(self, validated_data):
        client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        try:
            created = client.create_model(
                modelId=validated_data["model_id"],
                provider="openai",
                displayName=validated_data["display_name"],
                providerConfig=ProviderConfig.openai(
                    api_key=validated_data["api_key"], model_name=validated_data["openai_model"]
                ),
            )
        except MRValidationError as e:
            logger.info("ModelRed refused model %s: %s", validated_data["model_id"], e)
            raise serializers.ValidationError({"api_key": str(e)})
        logger.info("registered %s (%s)", validated_data["model_id"], validated_data["openai_model"])
        return created
