"""Invented cases for benchmarks: deterministic, Cyrillic and Latin mixed."""

from __future__ import annotations

import random
from typing import Any

SURNAMES = ["Качкуркин", "Абенов", "Гнатюк", "Сулейманов", "Ермекова", "Попович", "Tashkentov", "Ibragimov",
            "Шевчук", "Нурланов", "Magomedov", "Жуков", "Сафарова", "Kuznetsov", "Бекмухамбетов", "Ткаченко"]
GIVEN = ["Тимур", "Олександр", "Айгерим", "Ruslan", "Мадина", "Ihor", "Асель", "Dmitri", "Хадижат", "Yulia"]
WORDS_RU = ("повестка мобилизация граница проверка документов полиция суд депортация экстрадиция угроза "
            "статус беженца апелляция адвокат задержание штраф переводчик семья брат мать отец "
            "розыск уголовное дело дезертирство антивоенный пост перевод денег Алматы Астана").split()
WORDS_EN = ("summons border documents check police court deportation extradition threat refugee status "
            "appeal lawyer detention fine interpreter family brother mother father wanted criminal case "
            "desertion anti-war post donation Almaty Astana hearing removal flight").split()


def narrative(rng: random.Random, name: str, size: int = 3000) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        pool = WORDS_RU if rng.random() < 0.7 else WORDS_EN
        sentence = " ".join(rng.choice(pool) for _ in range(rng.randint(6, 14)))
        if rng.random() < 0.15:
            sentence += f" {name}"
        parts.append(sentence.capitalize() + ".")
        length += len(sentence) + 2
    return " ".join(parts)


def case_inputs(n: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        name = f"{surname} {given}"
        out.append({
            "title": f"{rng.choice(['Expulsion', 'Extradition', 'Asylum appeal', 'Detention'])} #{i}",
            "urgency": rng.choice(["critical", "high", "normal", "normal", "low"]),
            "client": name,
            "interviews": [
                {"client_name_native": name, "narrative": narrative(rng, name),
                 "interview_at": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T10:00:00Z"}
                for _ in range(3)
            ],
        })
    return out
