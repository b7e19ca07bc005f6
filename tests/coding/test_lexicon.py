from __future__ import annotations

import pytest

from multivector.coding.cameo import plover_modes
from multivector.coding.lexicon import FRAMES, load_lexicon, parse_lexicon
from multivector.errors import ModelError
from multivector.records import EVENT_TYPES


def test_every_trigger_is_a_plover_type_with_a_known_frame() -> None:
    lex = load_lexicon()
    assert len(lex.verbs) > 60 and len(lex.nouns) > 20
    for trigger in [*lex.verbs.values(), *lex.nouns.values()]:
        assert trigger.event_type in EVENT_TYPES
        assert trigger.frame in FRAMES
        if trigger.mode is not None:
            assert trigger.mode in plover_modes(trigger.event_type), trigger


def test_all_sixteen_types_can_be_triggered() -> None:
    lex = load_lexicon()
    types = {t.event_type for t in [*lex.verbs.values(), *lex.nouns.values()]}
    assert types == set(EVENT_TYPES)


def test_light_verbs_name_known_nouns() -> None:
    lex = load_lexicon()
    for verb, nouns in lex.light_verbs.items():
        for noun in nouns or ():
            assert noun in lex.nouns or noun == "part", (verb, noun)


def test_bad_type_is_reported_with_the_trigger() -> None:
    data = {"verbs": {"frobnicate": {"type": "FROB", "frame": "transitive"}}, "nouns": {}}
    with pytest.raises(ModelError, match="frobnicate"):
        parse_lexicon(data)


def test_bad_frame_is_reported() -> None:
    data = {"verbs": {}, "nouns": {"visit": {"type": "CONSULT", "frame": "teleport"}}}
    with pytest.raises(ModelError, match="teleport"):
        parse_lexicon(data)


def test_unquoted_yaml_on_is_caught() -> None:
    data = {"verbs": {"impose": {"type": "SANCTION", "frame": "transitive", "preps": [True]}},
            "nouns": {}}
    with pytest.raises(ModelError, match="quote"):
        parse_lexicon(data)


def test_every_frame_the_lexicon_admits_has_a_role_finder():
    # lexicon.py cannot import frames.py (frames imports the lexicon), so the two lists
    # are kept equal here: a frame in one only would fail at load or at coding time.
    from multivector.coding import frames

    assert set(frames.FRAMES) == set(FRAMES)
