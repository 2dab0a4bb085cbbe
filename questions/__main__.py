"""The command line: validate, generate, check, extract, convert (``python -m questions CMD``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict

from .check import check
from .exc import FormatError, ProblemsError, QuestionError
from .extraction.article import extract
from .facts.model import ArticleFacts, DateValue
from .facts.parse import load_facts, read_facts_file
from .formats import FORMATS, format_for_filename, read, write
from .generation.kinds import GENERATORS
from .generation.quiz import generate
from .question import MAX_CHOICES, MIN_CHOICES, Question

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
    parser.add_argument("file", help="facts as .json, .yaml or .yml, or - for JSON on stdin")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same questions")
    parser.add_argument(
        "--kinds", type=_kind_list, default=None, help=f"comma-separated: {','.join(GENERATORS)}"
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


def add_check_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``check FILE [--facts FACTS] [--seed N] [--count N]``."""
    parser = subparsers.add_parser(
        "check",
        help="list what a quiz editor would flag in a question set",
        description="Check a quiz file (GIFT, Aiken, Open Trivia DB, JSON), or the quiz "
        "generated from a facts file (.yaml, .yml, or .json facts). Exit 1 if anything is flagged.",
    )
    parser.add_argument("file", help="a quiz file, or a facts file to generate from")
    parser.add_argument("--facts", help="the article's facts, to tell its people from others")
    parser.add_argument("--seed", type=int, default=0, help="the seed of a generated quiz")
    parser.add_argument("--count", type=_positive, default=None, help="how many to generate")
    parser.set_defaults(handler=check_command)


def check_command(args: argparse.Namespace) -> int:
    """Print one line per warning; exit 1 if any, 2 if the file cannot be read."""
    loaded = _questions_of(args)
    if loaded is None:
        return BAD_INPUT
    made, facts = loaded
    warnings = check(made, facts)
    for w in warnings:
        where = "the set" if w.question_index is None else f"question {w.question_index + 1}"
        print(f"{where}: {w.code}: {w.message}")
    print(f"{len(made)} questions, {len(warnings)} warnings", file=sys.stderr)
    return 1 if warnings else 0


def _questions_of(args: argparse.Namespace) -> tuple[list[Question], ArticleFacts | None] | None:
    """Read the questions to check: a quiz file as is, or the quiz a facts file generates."""
    facts = _load(args.facts) if args.facts else None
    if args.facts and facts is None:
        return None
    if args.file.lower().endswith((".yaml", ".yml")) or _is_facts(args.file):
        facts = _load(args.file)
        if facts is None:
            return None
        try:
            return generate(facts, seed=args.seed, count=args.count), facts
        except QuestionError as e:
            print(f"error: {e}", file=sys.stderr)
            return None
    try:
        text = _read_text(args.file)
        return read(text, format_for_filename(args.file, text)), facts
    except FormatError as error:
        for problem in error.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        return None


def _is_facts(path: str) -> bool:
    """Tell a JSON facts file (an object with an "article") from a JSON quiz."""
    if not path.lower().endswith(".json"):
        return False
    try:
        with open(path, encoding="utf-8-sig") as file:
            data = json.load(file)
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "article" in data


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
        if path == "-":
            # "extract article.txt | generate -": extract prints JSON.
            return read_facts_file("stdin.json", sys.stdin.buffer.read())
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
    if not kinds or any(k not in GENERATORS for k in kinds):
        raise argparse.ArgumentTypeError(f"use some of {','.join(GENERATORS)}")
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


def add_extract_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``extract FILE [--published YYYY-MM-DD] [--title T] [--sources]``."""
    parser = subparsers.add_parser("extract", help="read facts out of a news article")
    parser.add_argument("file", help="the article as plain UTF-8 text")
    parser.add_argument("--published", type=_published, default=None, help="YYYY-MM-DD")
    parser.add_argument("--title", default=None, help="the article's headline")
    parser.add_argument(
        "--sources", action="store_true", help="list each fact's sentence on stderr"
    )
    parser.set_defaults(handler=extract_command)


def extract_command(args: argparse.Namespace) -> int:
    """Print the facts of an article as JSON that ``generate`` accepts."""
    try:
        with open(args.file, encoding="utf-8") as file:
            text = file.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"{args.file}: cannot read: {e}", file=sys.stderr)
        return 2
    try:
        result = extract(text, title=args.title, published=args.published)
    except QuestionError as e:
        print(f"{args.file}: {e}", file=sys.stderr)
        return BAD_INPUT
    print(json.dumps(result.facts.to_dict(), ensure_ascii=False, indent=2))
    if args.sources:
        for path, sentence in result.sources.items():
            print(f"{path}: {sentence}", file=sys.stderr)
    return 0


def _published(text: str) -> DateValue:
    date = DateValue.parse(text)
    if date is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
        )
    return date


def add_convert_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``convert IN_FILE --to FMT [--from FMT] [-o OUT]``; its handler is ``handler``."""
    parser = subparsers.add_parser(
        "convert",
        help="convert a quiz file between GIFT, Aiken, Open Trivia DB and JSON",
        description="Convert a quiz file. A file with any problem is refused whole "
        "and every problem is listed with its line or JSON path.",
    )
    parser.add_argument("in_file", metavar="IN_FILE", help="the quiz file to read, or - for stdin")
    parser.add_argument("--to", dest="to_fmt", required=True, choices=FORMATS)
    parser.add_argument(
        "--from",
        dest="from_fmt",
        choices=FORMATS,
        help="the input's format (default: from the file name; .json is sniffed)",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parser.set_defaults(handler=convert_command)


def convert_command(args: argparse.Namespace) -> int:
    """Convert as the parsed arguments say; on a bad file print why and exit 2."""
    try:
        output = convert(args.in_file, args.to_fmt, args.from_fmt)
    except FormatError as error:
        for problem in error.problems:
            print(f"{args.in_file}: {problem}", file=sys.stderr)
        raise SystemExit(2) from None
    if args.output is None:
        sys.stdout.write(output)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as file:
            file.write(output)
    except OSError as error:
        print(f"{args.output}: cannot write: {error.strerror or error}", file=sys.stderr)
        raise SystemExit(2) from None
    return 0


def convert(in_file: str, to_fmt: str, from_fmt: str | None = None) -> str:
    """Read ``in_file`` (``-`` for stdin) and return its questions written as ``to_fmt``."""
    if from_fmt is None and in_file == "-":
        raise FormatError(["reading stdin needs --from to name its format"])
    text = _read_text(in_file)
    if from_fmt is None:
        from_fmt = format_for_filename(in_file, text)
    return write(read(text, from_fmt), to_fmt)


def _read_text(in_file: str) -> str:
    """Read a file as UTF-8 text, turning every way that fails into a FormatError."""
    try:
        if in_file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(in_file, "rb") as file:
                data = file.read()
    except OSError as error:
        raise FormatError([f"cannot read: {error.strerror or error}"]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError([f"byte {error.start}: not UTF-8 text"]) from None


#: One line per subcommand.
COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    add_validate_command,
    add_generate_command,
    add_check_command,
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
