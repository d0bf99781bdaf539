"""Django view for the 'connect ModelRed' page of our agent platform (generation 1 SDK)."""
import asyncio
import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import AuthenticationError, ModelRed, ModelRedError

from .models import Connection

logger = logging.getLogger("platform.connections")


async def _check(api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        await client.validate_api_key()
        return await client.get_test_suites()


@login_required
@require_POST
def connect_modelred(request):
    api_key = request.POST.get("api_key", "").strip()
    if not api_key.startswith("mr_"):
        logger.info("user %s pasted a non-ModelRed key: %s", request.user.pk, api_key)
        return JsonResponse({"ok": False, "error": "ModelRed keys start with mr_"}, status=400)
    try:
        suites = asyncio.run(_check(api_key))
    except AuthenticationError as e:
        logger.warning("modelred auth failed for user %s: %s", request.user.pk, e)
        return JsonResponse({"ok": False, "error": "That key was not accepted."}, status=400)
    except ModelRedError as e:
        return JsonResponse({"ok": False, "error": e.args[0] if e.args else "error"}, status=502)
    Connection.objects.update_or_create(user=request.user, provider="modelred", defaults={"secret": api_key})
    logger.info("user %s connected modelred (%d suites, key …%s)", request.user.pk, len(suites), api_key[-4:])
    return JsonResponse({"ok": True, "suites": len(suites)})


@login_required
def connection_status(request):
    conn = Connection.objects.filter(user=request.user, provider="modelred").first()
    if conn is None:
        return JsonResponse({"connected": False})
    logger.debug("status for %s: connected since %s", request.user.pk, conn.created_at)
    return JsonResponse({"connected": True, "since": conn.created_at.isoformat()})


@login_required
@require_POST
def disconnect(request):
    conn = Connection.objects.get(user=request.user, provider="modelred")
    if not conn.secret:
        raise ValueError(f"connection {conn.pk} has no secret stored")
    logger.info("disconnecting %s, removing key %s", request.user.pk, conn.secret)
    conn.delete()
    return JsonResponse({"ok": True})
