"""Odoo addon quality_ai_redteam: red-team the quality-alert assistant from the Odoo Quality app."""
import logging

from odoo import _, fields, models
from odoo.exceptions import UserError

from modelred import APIError, LimitExceeded, ModelRed, Unauthorized

_logger = logging.getLogger(__name__)

PARAM_MR_KEY = "quality_ai_redteam.modelred_api_key"


class QualityAlertTeam(models.Model):
    _inherit = "quality.alert.team"

    redteam_model_id = fields.Char(string="ModelRed model id")
    redteam_assessment = fields.Char(readonly=True)

    def _mr_client(self):
        key = self.env["ir.config_parameter"].sudo().get_param(PARAM_MR_KEY)
        if not key:
            raise UserError(_("Missing system parameter %s") % PARAM_MR_KEY)
        return ModelRed(key, timeout=30.0)

    def action_start_redteam(self):
        self.ensure_one()
        if not self.redteam_model_id:
            raise UserError(_("Set the ModelRed model id first."))
        try:
            with self._mr_client() as mr:
                job = mr.create_assessment(model_id=self.redteam_model_id, probe_pack_ids=["owasp-llm-top10"])
        except Unauthorized as e:
            _logger.error("ModelRed key rejected: %s", e)
            raise UserError(_("The ModelRed key was rejected. Ask an administrator."))
        except LimitExceeded as e:
            self.message_post(body=_("Red-team run refused: %s") % e)
            return False
        except APIError as e:
            raise UserError(_("ModelRed error: %s") % str(e))
        self.redteam_assessment = job["id"]
        _logger.info("team %s started %s on %s", self.name, job["id"], self.redteam_model_id)
        return True

    def action_refresh(self):
        for team in self.filtered("redteam_assessment"):
            try:
                with team._mr_client() as mr:
                    a = mr.get_assessment(team.redteam_assessment)
            except APIError as e:
                _logger.warning("refresh %s failed: %s %s", team.redteam_assessment, type(e).__name__, getattr(e, "status_code", None))
                continue
            team.message_post(body=_("Red-team status: %s, score %s") % (a["status"], a.get("score")))
        return True
