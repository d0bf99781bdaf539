"""The per-process tables of neighbours' answers stay bounded, the first kept going first."""

from modelred_lint.bounded import keep


def test_a_full_table_drops_its_oldest_key_for_a_new_one():
    table: dict = {}
    for key in "abc":
        assert keep(table, key, key.upper(), 2) == key.upper()
    assert table == {"b": "B", "c": "C"}


def test_a_key_kept_again_takes_no_other_keys_place():
    table = {"a": 1, "b": 2}
    assert keep(table, "a", 3, 2) == 3
    assert table == {"a": 3, "b": 2}
