"""Turn the facts of a news article into fair multiple-choice questions."""

from __future__ import annotations

from .check import CODES as CODES
from .check import FairnessWarning as FairnessWarning
from .check import check as check
from .exc import FactsError as FactsError
from .exc import FormatError as FormatError
from .exc import NotEnoughFacts as NotEnoughFacts
from .exc import QuestionError as QuestionError
from .extraction.article import Extraction as Extraction
from .extraction.article import extract as extract
from .facts.model import ArticleFacts as ArticleFacts
from .facts.parse import load_facts as load_facts
from .facts.parse import loads_facts as loads_facts
from .facts.parse import parse_facts as parse_facts
from .facts.parse import read_facts_file as read_facts_file
from .facts.parse import seed_facts as seed_facts
from .generation.quiz import generate as generate
from .question import Question as Question
