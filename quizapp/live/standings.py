"""Who is ahead in a game: ranks with their change, a question's answer counts, the report.

Ranks are by score, equal scores sharing a rank (1, 2, 2, 4), so a player's rank never
depends on the order rows come back in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from ..extensions import db
from ..models import QuizQuestion
from .models import Game, GameAnswer, GamePlayer


@dataclass(frozen=True)
class Standing:
    """A player's place: rank now, rank before the last question, and the score."""

    player_id: int
    nickname: str
    score: int
    rank: int
    previous_rank: int

    @property
    def climbed(self) -> int:
        """Places gained with the last question (negative when lost)."""
        return self.previous_rank - self.rank


def ranks(scores: dict[int, int]) -> dict[int, int]:
    """Competition ranks of players by score: equal scores share the higher rank."""
    first_place: dict[int, int] = {}
    for place, score in enumerate(sorted(scores.values(), reverse=True), start=1):
        first_place.setdefault(score, place)
    return {player: first_place[score] for player, score in scores.items()}


def player_count(game: Game) -> int:
    """How many players are still in the game."""
    query = select(func.count(GamePlayer.id)).where(
        GamePlayer.game_id == game.id, GamePlayer.removed.is_(False)
    )
    return db.session.execute(query).scalar_one()


def players(game: Game) -> list[GamePlayer]:
    """The players still in the game, in order of joining."""
    query = (
        select(GamePlayer)
        .where(GamePlayer.game_id == game.id, GamePlayer.removed.is_(False))
        .order_by(GamePlayer.id)
    )
    return list(db.session.execute(query).scalars())


def standings(game: Game) -> list[Standing]:
    """Every player still in, best first, with the rank they had before the last question."""
    in_game = players(game)
    last = _points_of_question(game, game.question_no)
    now = ranks({p.id: p.score for p in in_game})
    # After the first question there is no earlier rank to have climbed from.
    earlier = game.question_no > 0
    before = ranks({p.id: p.score - last.get(p.id, 0) for p in in_game}) if earlier else now
    rows = [Standing(p.id, p.nickname, p.score, now[p.id], before[p.id]) for p in in_game]
    return sorted(rows, key=lambda s: (s.rank, s.nickname.casefold()))


def _points_of_question(game: Game, question_no: int) -> dict[int, int]:
    """Each player's points from question ``question_no``."""
    query = select(GameAnswer.player_id, GameAnswer.points).where(
        GameAnswer.game_id == game.id, GameAnswer.question_no == question_no
    )
    return {player: points for player, points in db.session.execute(query)}


def place_of(rows: list[Standing], player_id: int) -> tuple[Standing | None, Standing | None]:
    """A player's standing and the standing of whoever is just ahead of them."""
    for index, row in enumerate(rows):
        if row.player_id == player_id:
            ahead = next((r for r in reversed(rows[:index]) if r.score > row.score), None)
            return row, ahead
    return None, None


def choice_counts(game: Game, question: QuizQuestion) -> dict[int, int]:
    """How many players picked each choice of the question."""
    query = select(GameAnswer.choice_id).where(
        GameAnswer.game_id == game.id, GameAnswer.question_no == game.question_no
    )
    counted = Counter(db.session.execute(query).scalars())
    return {choice.id: counted.get(choice.id, 0) for choice in question.choices}


@dataclass(frozen=True)
class Report:
    """A finished game: the questions, each player's answers, and each question's share right."""

    questions: list[QuizQuestion]
    players: list[GamePlayer]
    answers: dict[tuple[int, int], GameAnswer]
    share_right: list[float | None]


def report(game: Game) -> Report:
    """Everything the host's report shows and its CSV holds."""
    questions = list(
        db.session.execute(
            select(QuizQuestion)
            .where(QuizQuestion.quiz_id == game.quiz_id)
            .order_by(QuizQuestion.position, QuizQuestion.id)
            .limit(game.question_total)
        ).scalars()
    )
    everyone = sorted(
        (p for p in game.players if not p.removed), key=lambda p: (-p.score, p.nickname)
    )
    rows = db.session.execute(select(GameAnswer).where(GameAnswer.game_id == game.id)).scalars()
    answers = {(a.player_id, a.question_no): a for a in rows}
    shares: list[float | None] = []
    for number in range(len(questions)):
        taking = [p for p in everyone if p.first_question <= number]
        right = sum(1 for p in taking if (a := answers.get((p.id, number))) and a.correct)
        shares.append(right / len(taking) if taking else None)
    return Report(questions, everyone, answers, shares)
