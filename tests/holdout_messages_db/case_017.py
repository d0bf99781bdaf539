"""DRF serializers for workspace integrations (OpenRouter / Anthropic keys)."""
import logging
import re

from rest_framework import serializers

from integrations.models import Integration

logger = logging.getLogger(__name__)

OPENROUTER_RE = re.compile(r"^sk-or-v1-[0-9a-f]{64}$")
ANTHROPIC_PREFIX = "sk-ant-api03-"


class IntegrationSerializer(serializers.ModelSerializer):
    api_key = serializers.CharField(write_only=True, trim_whitespace=True)
    key_hint = serializers.SerializerMethodField()

    class Meta:
        model = Integration
        fields = ("id", "provider", "label", "api_key", "key_hint", "max_tokens", "created_at")
        read_only_fields = ("id", "created_at")

    def get_key_hint(self, obj):
        return f"...{obj.api_key[-4:]}" if obj.api_key else ""

    def validate_api_key(self, value):
        provider = self.initial_data.get("provider")
        if provider == "openrouter" and not OPENROUTER_RE.match(value):
            raise serializers.ValidationError(f"'{value}' is not an OpenRouter key")
        if provider == "anthropic" and not value.startswith(ANTHROPIC_PREFIX):
            raise serializers.ValidationError(f"Anthropic keys start with {ANTHROPIC_PREFIX}")
        return value

    def validate(self, attrs):
        if attrs.get("max_tokens", 0) > 8192:
            raise serializers.ValidationError({"max_tokens": f"max_tokens {attrs['max_tokens']} exceeds 8192"})
        return attrs

    def create(self, validated_data):
        obj = super().create(validated_data)
        logger.info("integration %s (%s) created, key hint %s", obj.pk, obj.provider, self.get_key_hint(obj))
        return obj

    def update(self, instance, validated_data):
        if "api_key" in validated_data and validated_data["api_key"] != instance.api_key:
            logger.info("integration %s key replaced; old=%s", instance.pk, instance.api_key)
        return super().update(instance, validated_data)

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data.pop("api_key", None)
        logger.debug("serialized integration: %s", data)
        return data
