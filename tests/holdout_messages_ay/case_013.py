# -*- coding: utf-8 -*-
"""Odoo addon mrp_ai_assist: suggests root causes for scrap orders using an LLM."""
import logging

import requests

from odoo import _, api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

PARAM_KEY = "mrp_ai_assist.openai_api_key"
PARAM_MODEL = "mrp_ai_assist.model"


class StockScrap(models.Model):
    _inherit = "stock.scrap"

    ai_root_cause = fields.Text(string="AI root cause suggestion", readonly=True)
    ai_tokens = fields.Integer(string="Tokens used", readonly=True)

    def _ai_settings(self):
        params = self.env["ir.config_parameter"].sudo()
        key = params.get_param(PARAM_KEY)
        model = params.get_param(PARAM_MODEL, "gpt-4o-mini")
        if not key:
            raise UserError(_("Set the system parameter %s first.") % PARAM_KEY)
        return key, model

    def action_ai_root_cause(self):
        key, model = self._ai_settings()
        _logger.info("AI root cause for %s using model %s", self.mapped("name"), model)
        for scrap in self:
            prompt = (f"Scrap of {scrap.scrap_qty} {scrap.product_uom_id.name} of {scrap.product_id.display_name} "
                      f"in {scrap.location_id.complete_name}, origin {scrap.origin or '-'}. Likely root cause?")
            resp = requests.post(
                "https://api.openai.com/v1/chat/completions",
                headers={"Authorization": "Bearer %s" % key},
                json={"model": model, "max_tokens": 250, "messages": [{"role": "user", "content": prompt}]},
                timeout=40,
            )
            if resp.status_code == 401:
                raise UserError(_("OpenAI refused the key %s, please check the settings.") % key)
            if not resp.ok:
                _logger.warning("OpenAI error %s for %s: %s", resp.status_code, scrap.name, resp.text[:300])
                continue
            data = resp.json()
            scrap.ai_root_cause = data["choices"][0]["message"]["content"]
            scrap.ai_tokens = data["usage"]["total_tokens"]
            _logger.debug("scrap %s: %d tokens", scrap.name, scrap.ai_tokens)
        return True

    @api.model
    def _cron_check_key(self):
        key, _model = self._ai_settings()
        resp = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {key}"}, timeout=15)
        _logger.info("key check: HTTP %s", resp.status_code)
        if resp.status_code != 200:
            _logger.error("stored OpenAI key %s no longer valid", key)
