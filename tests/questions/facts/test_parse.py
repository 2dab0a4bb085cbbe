import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questions import FactsError, load_facts, loads_facts, parse_facts, seed_facts
from questions.facts.model import DateValue
from tests.questions.strategies import facts_data

MINIMAL = {"article": {"title": "A story"}}


def problems(data: object) -> list[str]:
    with pytest.raises(FactsError) as info:
        parse_facts(data)
    return info.value.problems


def test_minimal_facts_need_only_a_title():
    facts = parse_facts(MINIMAL)
    assert facts.article.title == "A story"
    assert facts.article.publication is None
    assert facts.works == facts.cast == facts.quotes == ()


def test_every_problem_is_reported_with_its_path():
    data = {
        "article": {"title": "T", "published": "soon"},
        "works": [{"title": "W", "kind": "movie", "year": "1997"}],
        "cast": [{"person": "A B", "work": "Nope"}, {"role": "R", "work": "W"}],
        "events": [{"date": "June-ish", "what": "x"}],
        "quotes": [{"text": "hi", "speaker": "S"}, {"text": "hello"}],
        "extra": 1,
    }
    assert sorted(problems(data)) == sorted(
        [
            "extra: unknown field",
            'article.published: "soon" is not a date',
            'works[0].kind: "movie" is not one of film, show, play',
            'works[0].year: "1997" is not a year',
            'cast[0].work: "Nope" is not one of the works',
            "cast[1].person: required",
            'events[0].date: "June-ish" is not a date',
            "quotes[1].speaker: required",
        ]
    )


def test_unknown_nested_fields_are_errors():
    data = {
        "article": {"title": "T", "author": "me"},
        "quotes": [{"text": "a", "speaker": "b", "x": 1}],
    }
    assert problems(data) == ["article.author: unknown field", "quotes[0].x: unknown field"]


@pytest.mark.parametrize(
    "data, expected",
    [
        ([], "(top level): expected an object, got a list"),
        ({}, "article: required"),
        ({"article": {"title": ""}}, "article.title: required"),
        ({"article": {"title": "..."}}, "article.title: must contain a letter or digit"),
        ({"article": {"title": 3}}, "article.title: expected text, got an integer"),
        ({**MINIMAL, "works": {}}, "works: expected a list, got an object"),
        ({**MINIMAL, "quotes": ["hi"]}, "quotes[0]: expected an object, got text"),
    ],
)
def test_shape_problems(data, expected):
    assert problems(data) == [expected]


def test_duplicates_are_refused():
    data = {
        **MINIMAL,
        "works": [{"title": "W"}, {"title": "w!"}],
        "cast": [{"person": "Mira Sorvino", "work": "W"}, {"person": "Sorvino", "work": "W"}],
    }
    assert problems(data) == ["works[1].title: repeats works[0]", "cast[1].person: repeats cast[0]"]


def test_cast_work_may_be_left_out_with_one_work():
    facts = parse_facts({**MINIMAL, "works": [{"title": "W"}], "cast": [{"person": "P"}]})
    assert facts.cast[0].work == "W"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("1997", DateValue(1997)),
        (1997, DateValue(1997)),
        ("2022-06", DateValue(2022, 6)),
        ("2024-02-29", DateValue(2024, 2, 29)),
        (datetime.date(2023, 5, 4), DateValue(2023, 5, 4)),
        ("2023-02-29", None),
        ("2022-13", None),
        ("97", None),
        (True, None),
        (0, None),
    ],
)
def test_date_values(value, expected):
    assert DateValue.parse(value) == expected


def test_date_order_respects_precision():
    assert DateValue(1988).before(DateValue(1997))
    assert not DateValue(2022).before(DateValue(2022, 6))
    assert DateValue(2022, 5, 31).before(DateValue(2022, 6))
    assert DateValue(2022, 6).human() == "June 2022"
    assert str(DateValue(2022, 6, 1)) == "2022-06-01"


def test_json_syntax_errors_name_the_line():
    with pytest.raises(FactsError) as info:
        loads_facts('{\n  "article": {\n  "title": }\n}', "json")
    assert info.value.problems[0].startswith("line 3, column 12: invalid JSON")


def test_yaml_syntax_errors_name_the_line():
    with pytest.raises(FactsError) as info:
        loads_facts("article:\n  title: [a\n", "yaml")
    assert info.value.problems[0].startswith("line 3")


def test_yaml_bad_timestamp_is_a_facts_error():
    with pytest.raises(FactsError):
        loads_facts("article: {title: T, published: 2022-02-30}", "yaml")


def test_yaml_dates_load():
    facts = loads_facts("article: {title: T, published: 2022-02-03}", "yaml")
    assert facts.article.published == DateValue(2022, 2, 3)


def test_load_facts_by_suffix(tmp_path):
    data = seed_facts().to_dict()
    (tmp_path / "f.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_facts(tmp_path / "f.json") == seed_facts()
    (tmp_path / "f.txt").write_text("{}", encoding="utf-8")
    with pytest.raises(FactsError, match="unknown file type"):
        load_facts(tmp_path / "f.txt")
    (tmp_path / "f.yml").write_bytes(b"\xff\xfe")
    with pytest.raises(FactsError, match="UTF-8"):
        load_facts(tmp_path / "f.yml")


@settings(max_examples=60, deadline=None)
@given(facts_data())
def test_to_dict_round_trips(data):
    facts = parse_facts(data)
    assert parse_facts(facts.to_dict()) == facts
    assert parse_facts(json.loads(json.dumps(facts.to_dict()))) == facts


def _mutations():
    bad_values = st.sampled_from([None, "", "June-ish", 1.5, True, [], {}, 7, "x" * 3])
    return st.tuples(st.sampled_from(["drop", "set", "unknown"]), bad_values, st.integers(0, 10**6))


def _paths(data, prefix=""):
    """Yield (container, key, path) for every field of a facts document."""
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{prefix}.{key}" if prefix else key
            yield data, key, path
            yield from _paths(value, path)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _paths(value, f"{prefix}[{i}]")


@settings(max_examples=1000, deadline=None)
@given(facts_data(), _mutations())
def test_invalid_facts_give_facts_error_with_paths(data, mutation):
    how, value, pick = mutation
    fields = list(_paths(data))
    container, key, path = fields[pick % len(fields)]
    if how == "drop":
        del container[key]
    elif how == "set":
        container[key] = value
    else:
        container["surprise"] = value
    try:
        parse_facts(data)
    except FactsError as e:
        assert e.problems
        for problem in e.problems:
            where, _, message = problem.partition(": ")
            assert where and message
    if how == "unknown":
        with pytest.raises(FactsError, match="surprise: unknown field"):
            parse_facts(data)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["article", "title", "works", "cast", "quotes", "date", "x"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=1000, deadline=None)
@given(JSONISH)
def test_any_data_parses_or_gives_facts_error(data):
    try:
        parse_facts(data)
    except FactsError as e:
        assert all(": " in p for p in e.problems)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["json", "yaml"]))
def test_any_text_loads_or_gives_facts_error(text, fmt):
    try:
        loads_facts(text, fmt)
    except FactsError as e:
        assert e.problems
