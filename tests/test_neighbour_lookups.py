"""neighbours.module_file within one file's lint (a recording): each module's file is
looked for once, the package's root once per folder, and what was consulted is still in
the recording (the cache's dependencies); outside it, or in the next lint, a module made
since is seen."""

from __future__ import annotations

from modelred_lint import neighbours


def _package(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "a.py").write_text("from pkg.b import Client\n", encoding="utf-8")
    (pkg / "b.py").write_text("class Client:\n    pass\n", encoding="utf-8")
    return pkg


def _counting(monkeypatch) -> list:
    asked = []
    exists = neighbours._exists

    def counted(path):
        asked.append(path)
        return exists(path)

    monkeypatch.setattr(neighbours, "_exists", counted)
    return asked


def test_a_lookup_is_made_once_per_lint_and_recorded(tmp_path, monkeypatch):
    pkg = _package(tmp_path)
    asked = _counting(monkeypatch)
    importer = str(pkg / "a.py")
    with neighbours.recording() as consulted:
        first = neighbours.module_file(importer, "pkg.b", 0)
        count = len(asked)
        again = neighbours.module_file(importer, "pkg.b", 0)
        assert again == first == str(pkg / "b.py")
        assert len(asked) == count  # (the second answer was kept)
        # another module of the same package: the package's root is not looked for again
        assert neighbours.module_file(importer, "pkg.c", 0) is None
        assert str(pkg / "__init__.py") not in asked[count:]
    assert str(pkg / "__init__.py") in consulted and str(pkg / "b.py") in consulted
    assert consulted[str(pkg / "c.py")] is None  # (its absence decides an answer too)


def test_a_module_made_since_is_seen(tmp_path):
    pkg = _package(tmp_path)
    importer = str(pkg / "a.py")
    with neighbours.recording():
        assert neighbours.module_file(importer, "pkg.c", 0) is None
    assert neighbours.module_file(importer, "pkg.c", 0) is None
    (pkg / "c.py").write_text("X = 1\n", encoding="utf-8")
    assert neighbours.module_file(importer, "pkg.c", 0) == str(pkg / "c.py")
    with neighbours.recording():
        assert neighbours.module_file(importer, "pkg.c", 0) == str(pkg / "c.py")


def test_relative_and_package_imports(tmp_path):
    pkg = _package(tmp_path)
    inner = pkg / "sub"
    inner.mkdir()
    (inner / "__init__.py").write_text("", encoding="utf-8")
    (inner / "x.py").write_text("from .. import b\n", encoding="utf-8")
    with neighbours.recording():
        assert neighbours.module_file(str(inner / "x.py"), "b", 2) == str(pkg / "b.py")
        assert neighbours.module_file(str(inner / "x.py"), None, 1) == str(inner / "__init__.py")
        assert neighbours.module_file(str(inner / "x.py"), "pkg", 0) == str(pkg / "__init__.py")
        assert neighbours.module_file(str(inner / "x.py"), "requests", 0) is None
