"""Django views streaming ModelRed assessment progress (generation 2)."""
import json
import logging
import os

import modelred as mr
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse

logger = logging.getLogger(__name__)


def _client():
    return mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])


def assessment_status(request, assessment_id):
    try:
        data = _client().get_assessment(assessment_id)
    except mr.NotFoundError:
        return JsonResponse({"error": "no such assessment"}, status=404)
    except mr.ModelRedError as e:
        logger.exception("get_assessment failed")
        return HttpResponse(f"ModelRed error: {e}", status=502, content_type="text/plain")
    return JsonResponse(data)


def assessment_events(request, assessment_id):
    def stream():
        try:
            result = _client().wait_for_completion(assessment_id, poll_interval=5)
            yield f"data: {json.dumps({'status': result['status']})}\n\n"
        except mr.ModelRedError as e:
            yield f"event: error\ndata: {json.dumps({'message': str(e)})}\n\n"
        except Exception:
            logger.exception("unexpected error while streaming")
            yield "event: error\ndata: {}\n\n"

    return StreamingHttpResponse(stream(), content_type="text/event-stream")


def probes(request):
    try:
        return JsonResponse({"probes": _client().list_probes()})
    except mr.ModelRedError as e:
        logger.error("list_probes failed: %s", e)
        return JsonResponse({"error": "probe listing unavailable", "code": getattr(e, "status_code", None)}, status=502)
