"""Django admin actions for the product catalogue: AI enrichment and a ModelRed safety scan."""
import logging

from django.conf import settings
from django.contrib import admin, messages
from openai import OpenAI
import modelred

from catalogue.models import Product

log = logging.getLogger("catalogue.admin")


def _openai() -> OpenAI:
    if settings.DEBUG:
        log.debug("using OPENAI_API_KEY=%s from settings", settings.OPENAI_API_KEY)
    log.info("openai org=%s project=%s", settings.OPENAI_ORG_ID, settings.OPENAI_PROJECT)
    return OpenAI(api_key=settings.OPENAI_API_KEY, organization=settings.OPENAI_ORG_ID)


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("sku", "title", "vendor", "enriched")
    actions = ["enrich_descriptions", "scan_enrichment_model"]

    @admin.action(description="Write AI descriptions")
    def enrich_descriptions(self, request, queryset):
        client = _openai()
        total_tokens = 0
        for product in queryset:
            out = client.chat.completions.create(
                model="gpt-4o-mini",
                max_tokens=250,
                messages=[{"role": "user", "content": f"Describe {product.title} by {product.vendor}."}],
            )
            product.description = out.choices[0].message.content
            product.enriched = True
            product.save()
            total_tokens += out.usage.total_tokens
        self.message_user(request, f"{queryset.count()} products enriched ({total_tokens} tokens)")
        log.info("enrichment by %s used %d tokens", request.user, total_tokens)

    @admin.action(description="Run ModelRed safety scan on enrichment model")
    def scan_enrichment_model(self, request, queryset):
        try:
            with modelred.ModelRed(settings.MODELRED_API_KEY) as client:
                job = client.create_assessment(model_id="catalogue-enricher", probe_pack_ids=settings.MODELRED_PACKS)
        except modelred.Unauthorized as e:
            log.error("modelred unauthorized (status %s)", e.status_code)
            messages.error(request, "ModelRed rejected the configured key.")
            return
        except modelred.APIError as e:
            messages.error(request, f"ModelRed scan failed: {e}")
            return
        self.message_user(request, f"Scan {job['id']} started for packs {settings.MODELRED_PACKS}")
