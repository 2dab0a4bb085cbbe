"""Command line: ``python -m questions validate FILE`` and ``python -m questions generate FILE``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict

from .exc import ProblemsError, QuestionError
from .extract import add_extract_command
from .facts import ArticleFacts, load_facts
from .formats.cli import add_convert_command
from .generate import KINDS, MAX_CHOICES, MIN_CHOICES, generate
from .question import Question

#: Exit status for input the tool refuses (bad facts, too few facts), as argparse uses.
BAD_INPUT = 2

Handler = Callable[[argparse.Namespace], int]


def add_validate_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``validate FILE``."""
    parser = subparsers.add_parser("validate", help="check a facts file and list its problems")
    parser.add_argument("file", help="facts as .json, .yaml or .yml")
    parser.set_defaults(handler=validate_command)


def validate_command(args: argparse.Namespace) -> int:
    """Report whether a facts file is valid."""
    facts = _load(args.file)
    if facts is None:
        return BAD_INPUT
    print(
        f"{args.file}: ok ({len(facts.works)} works, {len(facts.cast)} cast, "
        f"{len(facts.people)} people, {len(facts.events)} events, {len(facts.quotes)} quotes)"
    )
    return 0


def add_generate_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``generate FILE [--seed N] [--kinds ...] [--count N] [--choices N]``."""
    parser = subparsers.add_parser("generate", help="make questions from a facts file")
    parser.add_argument("file", help="facts as .json, .yaml or .yml")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same questions")
    parser.add_argument(
        "--kinds", type=_kind_list, default=None, help=f"comma-separated: {','.join(KINDS)}"
    )
    parser.add_argument("--count", type=_positive, default=None, help="how many questions")
    parser.add_argument("--choices", type=_choice_count, default=4, help="choices per question")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.set_defaults(handler=generate_command)


def generate_command(args: argparse.Namespace) -> int:
    """Print generated questions as JSON or as text."""
    facts = _load(args.file)
    if facts is None:
        return BAD_INPUT
    try:
        made = generate(
            facts, seed=args.seed, kinds=args.kinds, count=args.count, choices=args.choices
        )
    except QuestionError as e:
        print(f"error: {e}", file=sys.stderr)
        return BAD_INPUT
    print(
        as_text(made)
        if args.format == "text"
        else json.dumps([asdict(q) for q in made], ensure_ascii=False, indent=2)
    )
    return 0


def as_text(made: Sequence[Question]) -> str:
    """Lay questions out for a person to read, the right choice starred."""
    blocks = []
    for n, q in enumerate(made, 1):
        lines = [f"{n}. [{q.kind}, difficulty {q.difficulty}] {q.prompt}"]
        for i, choice in enumerate(q.choices):
            mark = "*" if i == q.answer else " "
            lines.append(f"   {mark} {chr(ord('a') + i)}) {choice}")
        lines.append(f"     {q.explanation}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _load(path: str) -> ArticleFacts | None:
    try:
        return load_facts(path)
    except ProblemsError as e:
        print(f"{path}: invalid facts", file=sys.stderr)
        for problem in e.problems:
            print(f"  {problem}", file=sys.stderr)
    except OSError as e:
        print(f"{path}: cannot read: {e.strerror}", file=sys.stderr)
    return None


def _kind_list(text: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    if not kinds or any(k not in KINDS for k in kinds):
        raise argparse.ArgumentTypeError(f"use some of {','.join(KINDS)}")
    return kinds


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def _choice_count(text: str) -> int:
    value = _positive(text)
    if not MIN_CHOICES <= value <= MAX_CHOICES:
        raise argparse.ArgumentTypeError(f"choices must be {MIN_CHOICES} to {MAX_CHOICES}")
    return value


#: One line per subcommand.
COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    add_validate_command,
    add_generate_command,
    add_convert_command,
    add_extract_command,
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    parser = argparse.ArgumentParser(prog="python -m questions", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    for add in COMMANDS:
        add(subparsers)
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
