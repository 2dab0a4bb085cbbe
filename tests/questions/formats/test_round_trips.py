"""Fuzz every reader with hostile input and round-trip generated questions through every writer."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from questions.exc import FormatError, QuestionError
from questions.formats import FORMATS, kept, read, write
from questions.formats.validate import problems_of, under
from questions.question import QUESTION_KINDS, Question, is_invisible

FUZZ = settings(max_examples=1000, deadline=None)
# Building nested JSON values is slow, so the JSON readers get fewer (still hostile) inputs.
FUZZ_JSON = settings(max_examples=1000, deadline=None)
ROUND_TRIP = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)

# Characters with a meaning in some format, and some that trip naive code.
HOSTILE = list("~=#{}:\\/[]%<>&\"';.)-\t \n\r") + [
    "\u00e9",
    "\u00a0",
    "\u2028",
    "\x1c",
    "\x85",
    "\ufeff",
    "\u212a",
    "\U0001f3ac",
    "\u4e2d",
    "\x00",
]
GIFT_TOKENS = [
    *":: { } = ~ # #### \\ \\n T TRUE F false -> %50% %100% %0% %-1% [html] [plain]".split(),
    *"<b> &amp; // $CATEGORY: a b Q?".split(),
    *("\n", "\n\n", " "),
]
AIKEN_TOKENS = [
    *"A. B) C. Z) a) ANSWER: answer: ANSWER:A A B \u212a x Q?".split(),
    *("A. ", "ANSWER: ", "\n", "\n\n", "\r\n", " "),
]

hostile_text = st.text(alphabet=st.sampled_from(HOSTILE) | st.characters(), max_size=40)


def tokens(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words) | hostile_text, max_size=60).map("".join)


short_text = st.text(alphabet=st.sampled_from(HOSTILE) | st.characters(), max_size=8)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | short_text,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(short_text, inner, max_size=6),
    max_leaves=12,
)
opentdb_items = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["multiple", "boolean", "text"]) | json_values,
        "difficulty": st.sampled_from(["easy", "medium", "hard"]) | json_values,
        "category": hostile_text | json_values,
        "question": hostile_text | json_values,
        "correct_answer": st.sampled_from(["True", "False"]) | hostile_text | json_values,
        "incorrect_answers": st.lists(st.sampled_from(["True", "False"]) | hostile_text)
        | json_values,
    },
)
opentdb_values = st.fixed_dictionaries(
    {"results": st.lists(opentdb_items | json_values, max_size=5)},
    optional={"response_code": st.integers(0, 2) | json_values},
)
plain_items = st.fixed_dictionaries(
    {},
    optional={
        "prompt": hostile_text | json_values,
        "choices": st.lists(hostile_text, max_size=7) | json_values,
        "answer": st.integers(-1, 7) | json_values,
        "explanation": hostile_text | json_values,
        "difficulty": st.integers(0, 4) | json_values,
        "kind": st.sampled_from(QUESTION_KINDS) | json_values,
    },
)


def refused_only_by_format_error(text: str, fmt: str) -> None:
    try:
        questions = read(text, fmt)
    except FormatError as error:
        event("refused")
        assert error.problems
        assert all(isinstance(problem, str) and problem for problem in error.problems)
        return
    event("read")
    assert questions
    for index, question in enumerate(questions):
        assert not problems_of(under(f"[{index}]"), question.prompt, question.choices, [0])


@FUZZ
@given(st.text() | tokens(GIFT_TOKENS))
def test_gift_reader_raises_only_format_error(text: str) -> None:
    refused_only_by_format_error(text, "gift")


@FUZZ
@given(st.text() | tokens(AIKEN_TOKENS))
def test_aiken_reader_raises_only_format_error(text: str) -> None:
    refused_only_by_format_error(text, "aiken")


@FUZZ_JSON
@given(st.text() | opentdb_values.map(json.dumps) | json_values.map(json.dumps))
def test_opentdb_reader_raises_only_format_error(text: str) -> None:
    refused_only_by_format_error(text, "opentdb")


@FUZZ_JSON
@given(
    st.text()
    | st.lists(plain_items | json_values, max_size=5).map(json.dumps)
    | json_values.map(json.dumps)
)
def test_plain_json_reader_raises_only_format_error(text: str) -> None:
    refused_only_by_format_error(text, "json")


#: The fields of a Question, drawn before it is made, so that making it can be tested too.
Parts = tuple[str, str, tuple[str, ...], int, str, int]


@st.composite
def question_parts(draw: st.DrawFn, text: st.SearchStrategy[str]) -> Parts:
    choices = draw(st.lists(text, min_size=2, max_size=6, unique=True))
    return (
        draw(st.sampled_from(QUESTION_KINDS)),
        draw(text),
        tuple(choices),
        draw(st.integers(0, len(choices) - 1)),
        draw(text | st.just("")),
        draw(st.integers(1, 3)),
    )


def made(batch: list[Parts]) -> list[Question]:
    """Make each question, or skip the example if one has no visible text (refused when made)."""
    out = []
    for parts in batch:
        try:
            out.append(Question(*parts))
        except QuestionError as error:
            assert "no visible text" in str(error)
            event("refused when made")
            assume(False)
    return out


def questions(text: st.SearchStrategy[str]) -> st.SearchStrategy[Question]:
    return (
        question_parts(text)
        .filter(lambda p: not any(map(is_invisible, (p[1], *p[2]))))
        .map(lambda p: Question(*p))
    )


def round_trips(batch: list[Question], fmt: str) -> None:
    expected = []
    for question in batch:
        try:
            expected.append(kept(question, fmt))
        except (FormatError, QuestionError):
            assume(False)
    # Only questions the format can hold once it has trimmed them: 2-6 distinct non-blank choices.
    for question in expected:
        assume(not problems_of(under("q"), question.prompt, question.choices, [question.answer]))
    written = write(batch, fmt)
    if any("\x00" in q.prompt + q.explanation + "".join(q.choices) for q in expected):
        # Written faithfully, but refused on reading: no database can store NUL.
        with pytest.raises(FormatError, match="NUL character"):
            read(written, fmt)
    else:
        assert read(written, fmt) == expected


text_with_hostile_characters = st.text(
    alphabet=st.sampled_from(HOSTILE) | st.characters(), min_size=1
)


# Found in CI (test_hostile_questions_round_trip[gift]): a prompt of only a byte-order mark.
ONLY_INVISIBLE: list[Parts] = [("cast", "\ufeff", ("a", "b"), 0, "", 2)]


@pytest.mark.parametrize("fmt", FORMATS)
@ROUND_TRIP
@given(batch=st.lists(question_parts(text_with_hostile_characters), min_size=1, max_size=4))
@example(batch=ONLY_INVISIBLE)
def test_hostile_questions_round_trip(fmt: str, batch: list[Parts]) -> None:
    round_trips(made(batch), fmt)


# No capital letters, so no line can read as an Aiken option: nothing here may be refused.
words = st.text(
    alphabet=st.sampled_from(list("abc~=#{}:\\<>&;'\"%. )\u00e9\U0001f3ac")), min_size=1
)


@pytest.mark.parametrize("fmt", FORMATS)
@ROUND_TRIP
@given(batch=st.lists(questions(words.map(str.strip).filter(bool)), min_size=1, max_size=4))
def test_one_line_questions_always_round_trip(fmt: str, batch: list[Question]) -> None:
    assert read(write(batch, fmt), fmt) == [kept(question, fmt) for question in batch]
