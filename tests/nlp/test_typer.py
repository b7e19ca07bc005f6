"""The learned event typer (nlp/typer.py): the shipped model, its interface and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from multivector.errors import ModelError
from multivector.nlp.typer import EventTyper, TypeScores, load_typer, shipped_model_dir
from multivector.records import EVENT_TYPES

pytestmark = pytest.mark.model


def test_the_shipped_model_is_small_and_says_what_made_it() -> None:
    directory = shipped_model_dir()
    assert (directory / "typer.onnx").stat().st_size < 50_000_000
    card = json.loads((directory / "typer.json").read_text("utf-8"))
    assert set(card["types"]) == set(EVENT_TYPES) | {"NONE"}
    assert card["seed"] and card["data_sha256"] and card["examples"] > 1000


@pytest.mark.parametrize("sentence, expected", [
    ("Chinese President Xi Jinping arrived in Astana on Wednesday for a state visit.", "CONSULT"),
    ("Russian troops shelled the city of Kharkiv overnight, killing three civilians.", "ASSAULT"),
    ("The European Union imposed sanctions on 32 Iranian officials.", {"SANCTION", "COERCE"}),
    ("Kazakhstan is the world's largest producer of uranium.", "NONE"),
])
def test_ranked_types_for_plain_sentences(sentence, expected) -> None:
    (scores,) = load_typer().rank([sentence])
    assert scores.best in (expected if isinstance(expected, set) else {expected})
    assert abs(sum(p for _, p in scores.ranked) - 1.0) < 0.01
    assert [p for _, p in scores.ranked] == sorted((p for _, p in scores.ranked), reverse=True)


def test_a_sentence_scores_the_same_whatever_its_batch() -> None:
    typer = load_typer()
    sentence = "Tokayev held talks with Mirziyoyev in Tashkent on Thursday."
    alone = typer.rank([sentence])[0]
    others = ["Short.", sentence, "A much longer sentence about the weather, the markets, and "
              "what several analysts in three capitals expect to happen next year."]
    assert typer.rank(others)[1] == alone


def test_the_typer_is_loaded_once_per_process() -> None:
    assert load_typer() is load_typer()


def test_an_empty_batch_is_no_work() -> None:
    assert load_typer().rank([]) == []


def test_a_missing_model_is_an_mv205_error(tmp_path: Path) -> None:
    (tmp_path / "typer.json").write_text("{}")
    with pytest.raises(ModelError) as caught:
        EventTyper(tmp_path)
    assert caught.value.code == "MV205" and "typer.onnx" in caught.value.message


def test_type_scores_answer_for_any_type() -> None:
    scores = TypeScores((("ACCUSE", 0.7), ("REJECT", 0.2), ("NONE", 0.1)))
    assert (scores.best, scores.confidence) == ("ACCUSE", 0.7)
    assert scores.probability("REJECT") == 0.2 and scores.probability("AID") == 0.0
