"""Django admin for the trust-and-safety review queue."""
import logging

from django.conf import settings
from django.contrib import admin, messages
from modelred import ModelRed, ModelRedError, NotFoundError

from .models import ReviewItem, ReviewModel

logger = logging.getLogger("tns.admin")


@admin.register(ReviewItem)
class ReviewItemAdmin(admin.ModelAdmin):
    list_display = ("id", "queue", "status", "assigned_to", "created")
    list_filter = ("queue", "status")
    actions = ["escalate"]

    @admin.action(description="Escalate to policy team")
    def escalate(self, request, queryset):
        n = queryset.update(status="escalated")
        logger.info("%s escalated %d items", request.user, n)
        self.message_user(request, f"{n} items escalated.")


@admin.register(ReviewModel)
class ReviewModelAdmin(admin.ModelAdmin):
    list_display = ("name", "modelred_id", "last_scan")
    actions = ["scan_now"]

    def _client(self):
        key = settings.MODELRED["API_KEY"]
        logger.debug("modelred settings keys: %s", sorted(settings.MODELRED))
        logger.debug("modelred key ...%s", key[-4:])
        return ModelRed(api_key=key)

    @admin.action(description="Run a ModelRed scan now")
    def scan_now(self, request, queryset):
        client = self._client()
        for rm in queryset:
            try:
                job = client.create_assessment(model=rm.modelred_id, test_types=["toxicity", "pii"])
            except NotFoundError:
                self.message_user(request, f"{rm.name}: not registered in ModelRed", messages.WARNING)
                continue
            except ModelRedError as e:
                logger.error("scan of %s failed: %s", rm.name, e)
                self.message_user(request, f"{rm.name}: {e}", messages.ERROR)
                continue
            rm.last_scan = job.id
            rm.save(update_fields=["last_scan"])
        self.message_user(request, "Scans queued.")

    def save_model(self, request, obj, form, change):
        key = form.cleaned_data.get("provider_api_key")
        if key:
            logger.info("%s set provider key for %s: %s", request.user, obj.name, key)
        super().save_model(request, obj, form, change)
