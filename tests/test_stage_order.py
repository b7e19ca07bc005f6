"""Imports run one way, down the stages (README, "How it works"; STYLE.md 1).

Every ``multivector`` import in the package, top-level or inside a function, is checked
against the stage order. Foundations (records, errors, shared tables, codes, the
gazetteer) sit below every stage; a stage may import its own package, the stages before
it and the foundations, never a stage after it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import multivector

PACKAGE = Path(multivector.__file__).parent
FOUNDATIONS = {"records", "errors", "data_tables", "codes", "gazetteer", "evaluation"}
STAGES = ["ingest", "nlp", "actors", "coding", "store", "analysis", "report", "distributed", "web"]
TOP = {"api", "cli", "cli_output", "demo", "__init__", "__main__"}
# The pipeline is assembled in nlp: loading it registers the spaCy components that live
# with their domains (STYLE.md 5), and its one converter turns their output into records.
ASSEMBLY = {("nlp/pipeline.py", "actors"), ("nlp/pipeline.py", "coding"),
            ("nlp/convert.py", "coding")}


def _rank(part: str) -> int:
    if part in FOUNDATIONS:
        return -1
    if part in TOP:
        return len(STAGES)
    return STAGES.index(part)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("multivector."):
            found.append(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found += [a.name.split(".")[1] for a in node.names if a.name.startswith("multivector.")]
    return found


def test_no_stage_imports_a_later_one() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        own = relative.split("/")[0].removesuffix(".py")
        for target in _imports(path):
            if target == own or (relative, target) in ASSEMBLY:
                continue
            if _rank(target) > _rank(own):
                wrong.append(f"{relative} imports multivector.{target}")
    assert not wrong, "\n".join(wrong)


def test_foundations_import_no_stage() -> None:
    for name in FOUNDATIONS:
        path = PACKAGE / name
        files = list(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]
        for file in files:
            assert all(_rank(t) == -1 for t in _imports(file)), file
