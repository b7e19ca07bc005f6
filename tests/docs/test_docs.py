"""The documentation keeps its promises: commands, error codes, README examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from multivector.cli import main
from multivector.errors import CODES

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text("utf-8")
ERRORS_DOC = (REPO / "docs" / "errors.md").read_text("utf-8")


def test_every_error_code_is_documented() -> None:
    documented = set(re.findall(r"^\| (MV\d{3}) \|", ERRORS_DOC, re.M))
    assert documented == set(CODES)


def test_every_code_raised_in_the_source_is_in_the_catalogue() -> None:
    used = set()
    for path in (REPO / "src" / "multivector").rglob("*.py"):
        used |= set(re.findall(r'code="(MV\d{3})"', path.read_text("utf-8")))
    assert used <= set(CODES), used - set(CODES)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_the_readme_with_help_and_an_example(name: str) -> None:
    assert f"multivector {name}" in README
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"'multivector {name} --help' shows no example"


def test_readme_opens_with_the_two_setup_commands() -> None:
    head = README[:1500]
    assert "make demo" in head and "make test" in head


def test_every_docs_page_is_linked_from_the_readme() -> None:
    for page in (REPO / "docs").glob("*.md"):
        assert f"docs/{page.name}" in README, f"README does not link docs/{page.name}"


def python_examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, re.S)


@pytest.mark.model
@pytest.mark.parametrize("index", range(len(python_examples())))
def test_readme_python_example_runs(index: int, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(python_examples()[index], f"README example {index + 1}", "exec"), {})
