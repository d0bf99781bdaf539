"""Channels consumer that registers a project's model and runs a ModelRed assessment (SDK 0.1.1x)."""
import logging

from asgiref.sync import sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings

from modelred import AuthenticationError, ModelRed, ModelRedError, ValidationError

logger = logging.getLogger(__name__)


@sync_to_async
def project_openai_key(project_id: int) -> str:
    from projects.models import Project

    return Project.objects.get(pk=project_id).openai_api_key


class AssessmentConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        user = self.scope["user"]
        if not user.is_authenticated:
            await self.close(code=4401)
            return
        self.project_id = int(self.scope["url_route"]["kwargs"]["project_id"])
        logger.info("user %s connected to project %s", user.pk, self.project_id)
        await self.accept()

    async def receive_json(self, content, **kwargs):
        model_id = content["model_id"]
        openai_key = await project_openai_key(self.project_id)
        logger.debug(f"registering {model_id} for project {self.project_id} with key {openai_key}")
        try:
            async with ModelRed(api_key=settings.MODELRED_API_KEY) as client:
                await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=content.get("model_name", "gpt-4o-mini"))
                result = await client.run_assessment(
                    model_id=model_id,
                    test_suites=content.get("suites", ["basic_security"]),
                    wait_for_completion=True,
                    progress_callback=self._progress,
                )
        except ValidationError as exc:
            logger.warning("invalid model id %s: %s", model_id, exc)
            await self.send_json({"type": "error", "detail": "invalid model id"})
        except AuthenticationError as exc:
            await self.send_json({"type": "error", "detail": str(exc)})
        except ModelRedError as exc:
            logger.exception("assessment failed for %s", model_id)
            await self.send_json({"type": "error", "detail": exc.__class__.__name__})
        else:
            await self.send_json({"type": "done", "assessment_id": result.assessment_id, "score": result.overall_score})

    def _progress(self, status):
        logger.info("assessment progress %s%%", status.progress)
