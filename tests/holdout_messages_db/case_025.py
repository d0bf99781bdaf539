"""allauth signal receivers: keep the GitHub token of a social login for the repo-review bot."""
import logging

from allauth.account.signals import user_logged_in
from allauth.socialaccount.models import SocialToken
from allauth.socialaccount.signals import social_account_added, social_account_updated
from django.dispatch import receiver
from django.utils import timezone

from reviewbot.models import BotCredential

logger = logging.getLogger("reviewbot.auth")

GITHUB_PROVIDER = "github"
TOKEN_FIELD = "token"


def _store(sociallogin):
    if sociallogin.account.provider != GITHUB_PROVIDER:
        return None
    tok = sociallogin.token
    cred, _ = BotCredential.objects.update_or_create(
        user=sociallogin.user,
        defaults={"github_token": tok.token, "expires_at": tok.expires_at, "scopes": sociallogin.account.extra_data.get("scope", "")},
    )
    logger.info("stored github credential for %s (expires %s)", sociallogin.user.pk, tok.expires_at)
    return cred


@receiver(social_account_added)
def on_added(request, sociallogin, **kwargs):
    cred = _store(sociallogin)
    if cred:
        logger.debug("new github token for %s: %s", sociallogin.user.username, sociallogin.token.token)


@receiver(social_account_updated)
def on_updated(request, sociallogin, **kwargs):
    _store(sociallogin)
    logger.info("github account %s refreshed; field %s updated", sociallogin.account.uid, TOKEN_FIELD)


@receiver(user_logged_in)
def check_token_age(request, user, **kwargs):
    token = SocialToken.objects.filter(account__user=user, account__provider=GITHUB_PROVIDER).first()
    if token is None:
        return
    if token.expires_at and token.expires_at < timezone.now():
        logger.warning("user %s logged in with an expired github token (expired %s)", user.pk, token.expires_at)
    has_secret = bool(token.token_secret)
    logger.info("user %s github token present, secret part present: %s", user.pk, has_secret)
