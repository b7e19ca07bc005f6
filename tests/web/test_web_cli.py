"""`multivector serve`: options, defaults and the missing-database error."""

from __future__ import annotations

from click.testing import CliRunner

from multivector import cli


def test_serve_passes_options_to_the_library(monkeypatch, tmp_path):
    calls = []

    def fake_serve(db, host, port, announce=None):
        calls.append((db, host, port))
        announce(f"http://{host}:{port}/")

    monkeypatch.setattr("multivector.web.serve", fake_serve)
    result = CliRunner().invoke(cli.main, ["serve", "--db", "x.duckdb", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls == [("x.duckdb", "127.0.0.1", 8123)]
    assert "open http://127.0.0.1:8123/ in a browser" in result.output


def test_serve_default_database_and_host(monkeypatch):
    calls = []
    monkeypatch.setattr("multivector.web.serve",
                        lambda db, host, port, announce=None: calls.append((db, host, port)))
    monkeypatch.setenv("MULTIVECTOR_DB", "env.duckdb")
    assert CliRunner().invoke(cli.main, ["serve"]).exit_code == 0
    assert calls == [("env.duckdb", "127.0.0.1", 8000)]


def test_serve_missing_database_is_mv301(tmp_path):
    result = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error [MV301]:")
    assert "no database here: run `multivector ingest` or `multivector import` first" in result.output


def test_serve_help_has_summary_and_example():
    text = CliRunner().invoke(cli.main, ["serve", "--help"]).output
    assert "Serve the web dashboard and JSON API" in text
    assert "multivector serve --db" in text and "--host" in text and "127.0.0.1" in text


def test_bad_port_is_usage_error():
    assert CliRunner().invoke(cli.main, ["serve", "--port", "70000"]).exit_code == 2
