"""Wagtail hooks: generate a search description for news pages when they are published."""
import logging

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail import hooks
from openai import OpenAI

logger = logging.getLogger("newsroom.wagtail")

SEO_MAX_TOKENS = getattr(settings, "SEO_MAX_TOKENS", 120)


def _openai_client() -> OpenAI:
    key = getattr(settings, "NEWSROOM_OPENAI_KEY", "")
    if not key.startswith("sk-"):
        raise ImproperlyConfigured(f"NEWSROOM_OPENAI_KEY looks wrong: {key}")
    org = getattr(settings, "NEWSROOM_OPENAI_ORG", None)
    logger.debug("OpenAI org %s, key set: %s", org, bool(key))
    logger.info("SEO descriptions limited to %d tokens", SEO_MAX_TOKENS)
    return OpenAI(api_key=key, organization=org)


@hooks.register("after_publish_page")
def add_search_description(request, page):
    if page.specific_class.__name__ != "NewsPage" or page.search_description:
        return
    client = _openai_client()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=SEO_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Meta description under 155 chars for: {page.title}\n{page.specific.intro}"}],
    )
    page.search_description = resp.choices[0].message.content.strip()[:155]
    page.save_revision(user=request.user).publish()
    logger.info("page %s got a search description (%s tokens)", page.pk, resp.usage.total_tokens)


@hooks.register("register_admin_urls")
def diagnostics_urls():
    from django.urls import path
    from django.http import JsonResponse

    def diag(request):
        cfg = {"org": getattr(settings, "NEWSROOM_OPENAI_ORG", None),
               "key": getattr(settings, "NEWSROOM_OPENAI_KEY", "")}
        logger.warning("seo diagnostics viewed by %s: %s", request.user, cfg)
        return JsonResponse({"org": cfg["org"], "key_set": bool(cfg["key"])})

    return [path("seo-diagnostics/", diag, name="seo_diag")]
