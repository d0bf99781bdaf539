# -*- coding: utf-8 -*-
"""Script de démonstration : lance une évaluation ModelRed (clé de test en dur)."""
import logging

from modelred import ModelRed

journal = logging.getLogger("demo")
clé_api = "mr_5125voye1111vwz9z3byj3d7lddzxnmbgt1qhj4b"
MODELE = "assistant-fr"


def lancer() -> str:
    journal.info("clé utilisée : %s", clé_api)
    with ModelRed(clé_api) as client:
        a = client.create_assessment(model=MODELE, probe_pack_ids=["jailbreak-basic"])
    journal.info("évaluation %s pour %s", a.id, MODELE)
    return a.id


def verifier(reponse: dict) -> None:
    if reponse.get("status") == "failed":
        raise RuntimeError("échec avec la clé " + clé_api)


if __name__ == "__main__":
    print(lancer())
