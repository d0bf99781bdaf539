"""Django management command: register the support assistant's model with ModelRed (gen 2)."""
import os

from django.core.management.base import BaseCommand, CommandError
from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError, ModelRedError


class Command(BaseCommand):
    help = "Register the support assistant model with ModelRed"

    def add_arguments(self, parser):
        parser.add_argument("--model-id", default="support-assistant")
        parser.add_argument("--provider", choices=["openai", "anthropic"], default="openai")
        parser.add_argument("--verbose-config", action="store_true")

    def handle(self, *args, **opts):
        mr_key = os.environ.get("MODELRED_API_KEY")
        if not mr_key:
            raise CommandError("set MODELRED_API_KEY first")
        if opts["provider"] == "openai":
            provider_key = os.environ["OPENAI_API_KEY"]
            pcfg = ProviderConfig.openai(api_key=provider_key, model_name="gpt-4o-mini")
        else:
            provider_key = os.environ["ANTHROPIC_API_KEY"]
            pcfg = ProviderConfig.anthropic(api_key=provider_key, model_name="claude-3-5-sonnet-latest")
        if opts["verbose_config"]:
            print(f"provider config: {pcfg}")
        self.stdout.write(f"provider key ...{provider_key[-4:]} for {opts['model_id']}")
        client = ModelRed(api_key=mr_key)
        try:
            client.create_model(modelId=opts["model_id"], provider=opts["provider"],
                                displayName="Support assistant", providerConfig=pcfg)
        except ConflictError:
            self.stdout.write(self.style.WARNING("model already registered"))
        except ValidationError as e:
            raise CommandError("ModelRed rejected the model definition")
        except ModelRedError as e:
            self.stderr.write(f"ModelRed error {type(e).__name__}")
            raise CommandError(f"registration failed with key {mr_key}") from e
        self.stdout.write(self.style.SUCCESS("registered"))
