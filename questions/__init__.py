"""Turn the facts of a news article into fair multiple-choice questions."""

from __future__ import annotations

from .exc import FactsError as FactsError
from .exc import FormatError as FormatError
from .exc import NotEnoughFacts as NotEnoughFacts
from .exc import QuestionError as QuestionError
from .extract import Extraction as Extraction
from .extract import extract as extract
from .facts import ArticleFacts as ArticleFacts
from .facts import load_facts as load_facts
from .facts import loads_facts as loads_facts
from .facts import parse_facts as parse_facts
from .facts import seed_facts as seed_facts
from .generate import generate as generate
from .question import Question as Question
